import { connection, type NextRequest } from "next/server";
import { listActors } from "@/db/actors";
import { actorApiFiltersSchema } from "@/lib/actors/actor-filters";
import { actorListBody } from "@/lib/api/bodies";
import { jsonError, jsonContent } from "@/lib/api/http";
import { parseParams } from "@/lib/search/query-params";

export async function GET(request: NextRequest) {
  await connection();
  const filters = parseParams(actorApiFiltersSchema, request.nextUrl.searchParams);
  if (!filters.ok) return jsonError(400, filters.error);
  return jsonContent(request, actorListBody(await listActors(filters.value), filters.value));
}
