import { caseToDownload } from "@/lib/api/case-download";
import { download } from "@/lib/api/http";
import { formatCslJson, toCslJson } from "@/lib/case/cite";
import { citedUrl } from "@/lib/case/urls";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const asked = await caseToDownload(request, params, "json");
  if (!asked.ok) return asked.response;
  const { slug } = asked.caseDocument;
  return download(formatCslJson(toCslJson(asked.caseDocument, citedUrl(asked.caseDocument))), {
    type: "application/vnd.citationstyles.csl+json; charset=utf-8",
    filename: `${slug}.csl.json`,
    etag: asked.etag,
  });
}
