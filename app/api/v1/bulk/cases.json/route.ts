import { connection } from "next/server";
import { listPublishedCaseDocuments } from "@/db/cases";
import { bulkCasesBody } from "@/lib/api/bodies";
import { download } from "@/lib/api/http";

export async function GET() {
  await connection();
  const body = bulkCasesBody(await listPublishedCaseDocuments(), new Date());
  return download(JSON.stringify(body, null, 2), { type: "application/json; charset=utf-8", filename: "ekip-cases.json" });
}
