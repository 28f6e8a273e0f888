import { connection, type NextRequest } from "next/server";
import { listPublishedCaseDocuments } from "@/db/cases";
import { getContentTag } from "@/db/content-revision";
import { bulkCasesBody } from "@/lib/api/bodies";
import { download, jsonError, sameContent } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/search/query-params";

export async function GET(request: NextRequest) {
  await connection();
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const etag = await getContentTag();
  const unchanged = sameContent(request, etag);
  if (unchanged) return unchanged;
  const body = bulkCasesBody(await listPublishedCaseDocuments(), new Date());
  return download(JSON.stringify(body, null, 2), { type: "application/json; charset=utf-8", filename: "ekip-cases.json", etag });
}
