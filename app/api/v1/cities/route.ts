import { connection, type NextRequest } from "next/server";
import { listCities } from "@/db/cities";
import { cityListBody } from "@/lib/api/bodies";
import { jsonError, jsonContent } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/search/query-params";

export async function GET(request: NextRequest) {
  await connection();
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  return jsonContent(request, cityListBody(await listCities()));
}
