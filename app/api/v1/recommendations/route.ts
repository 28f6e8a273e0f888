import { connection, type NextRequest } from "next/server";
import { listRecommendations } from "@/db/recommendations";
import { unsearchableWords } from "@/db/search";
import { findOtherRecommendationSearches } from "@/db/spelling-suggestions";
import { recommendationListBody } from "@/lib/api/bodies";
import { jsonError, jsonContent } from "@/lib/api/http";
import { parseParams } from "@/lib/search/query-params";
import { recommendationFiltersSchema } from "@/lib/search/recommendation-filters";

export async function GET(request: NextRequest) {
  await connection();
  const filters = parseParams(recommendationFiltersSchema, request.nextUrl.searchParams);
  if (!filters.ok) return jsonError(400, filters.error);
  const results = await listRecommendations(filters.value);
  // Each only when the search found nothing, or little: a search that found enough costs no more queries.
  const [unsearchable, otherSearches] = await Promise.all([
    results.total === 0 ? unsearchableWords(filters.value.q) : undefined,
    findOtherRecommendationSearches(filters.value, results.total),
  ]);
  return jsonContent(request, recommendationListBody(results, filters.value, { unsearchable, otherSearches }));
}
