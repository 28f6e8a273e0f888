import { connection, type NextRequest } from "next/server";
import { listPublishedCaseDocuments } from "@/db/cases";
import { download, jsonError } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/schemas";
import { casesTableCsv, CSV_TABLE_NAMES, csvTableNameSchema } from "@/lib/case/csv-tables";
import { parseParams } from "@/lib/search/query-params";
import { publishedContentTag } from "@/lib/api/published-content-tag";

/** /api/v1/bulk/{table}.csv: one table of every published case. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const { file } = await params;
  const table = csvTableNameSchema.safeParse(/^(.+)\.csv$/.exec(file)?.[1]);
  if (!table.success) {
    return jsonError(404, { message: `There is no bulk download "${file.slice(0, 200)}": there are ${CSV_TABLE_NAMES.map((t) => `${t}.csv`).join(", ")} and cases.json.` });
  }
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const { etag, notModified } = await publishedContentTag(request);
  if (notModified) return notModified;
  return download(casesTableCsv(table.data, await listPublishedCaseDocuments()), {
    type: "text/csv; charset=utf-8; header=present",
    filename: `ekip-${table.data}.csv`,
    etag,
  });
}
