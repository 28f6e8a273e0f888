import { connection, type NextRequest } from "next/server";
import { listRecommendations } from "@/db/recommendations";
import { recommendationListBody } from "@/lib/api/bodies";
import { jsonError, jsonResponse } from "@/lib/api/http";
import { parseParams } from "@/lib/search/query-params";
import { recommendationFiltersSchema } from "@/lib/search/recommendation-filters";

export async function GET(request: NextRequest) {
  await connection();
  const filters = parseParams(recommendationFiltersSchema, request.nextUrl.searchParams);
  if (!filters.ok) return jsonError(400, filters.error);
  return jsonResponse(recommendationListBody(await listRecommendations(filters.value), filters.value));
}
