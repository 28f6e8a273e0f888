import { connection, type NextRequest } from "next/server";
import { listPublishedCaseDocuments } from "@/db/cases";
import { bulkCasesBody } from "@/lib/api/bodies";
import { download, jsonError } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/search/query-params";
import { publishedContentTag } from "@/lib/api/published-content-tag";

export async function GET(request: NextRequest) {
  await connection();
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const { etag, notModified } = await publishedContentTag(request);
  if (notModified) return notModified;
  const body = bulkCasesBody(await listPublishedCaseDocuments(), new Date());
  return download(JSON.stringify(body, null, 2), { type: "application/json; charset=utf-8", filename: "ekip-cases.json", etag });
}
