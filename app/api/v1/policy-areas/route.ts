import { connection, type NextRequest } from "next/server";
import { listPolicyAreas } from "@/db/policy-areas";
import { policyAreaListBody } from "@/lib/api/bodies";
import { jsonError, jsonContent } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/search/query-params";

export async function GET(request: NextRequest) {
  await connection();
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  return jsonContent(request, policyAreaListBody(await listPolicyAreas()));
}
