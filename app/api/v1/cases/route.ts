import { connection, type NextRequest } from "next/server";
import { searchCases, unsearchableWords } from "@/db/search";
import { findOtherCaseSearches } from "@/db/spelling-suggestions";
import { caseListBody } from "@/lib/api/bodies";
import { jsonError, jsonContent } from "@/lib/api/http";
import { caseFiltersSchema } from "@/lib/search/case-filters";
import { parseParams } from "@/lib/search/query-params";

export async function GET(request: NextRequest) {
  await connection();
  const filters = parseParams(caseFiltersSchema, request.nextUrl.searchParams);
  if (!filters.ok) return jsonError(400, filters.error);
  const search = await searchCases(filters.value);
  // Each only when the search found nothing, or little: a search that found enough costs no more queries.
  const [unsearchable, otherSearches] = await Promise.all([
    search.total === 0 ? unsearchableWords(filters.value.q) : undefined,
    findOtherCaseSearches(filters.value, search.total),
  ]);
  return jsonContent(request, caseListBody(search, filters.value, { unsearchable, otherSearches }));
}
