import { connection, type NextRequest } from "next/server";
import { jsonError, jsonContent } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { noQuerySchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/search/query-params";

// Built per request: its server address is the site's public address, which is set when the app starts, not when it is built.
export async function GET(request: NextRequest) {
  await connection();
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  return jsonContent(request, openApiDocument());
}
