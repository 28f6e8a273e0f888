import { connection, type NextRequest } from "next/server";
import { searchCases } from "@/db/search";
import { caseListBody } from "@/lib/api/bodies";
import { jsonError, jsonResponse } from "@/lib/api/http";
import { caseFiltersSchema } from "@/lib/search/case-filters";
import { parseParams } from "@/lib/search/query-params";

export async function GET(request: NextRequest) {
  await connection();
  const filters = parseParams(caseFiltersSchema, request.nextUrl.searchParams);
  if (!filters.ok) return jsonError(400, filters.error);
  return jsonResponse(caseListBody(await searchCases(filters.value), filters.value));
}
