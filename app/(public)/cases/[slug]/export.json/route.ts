import { caseToDownload } from "@/lib/api/case-download";
import { download } from "@/lib/api/http";

/** The case in the interchange format ekip-case/1, as a file. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const asked = await caseToDownload(request, params, "json");
  if (!asked.ok) return asked.response;
  return download(JSON.stringify(asked.caseDocument, null, 2), { type: "application/json; charset=utf-8", filename: `${asked.caseDocument.slug}.json`, etag: asked.etag });
}
