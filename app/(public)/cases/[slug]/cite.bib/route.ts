import { caseToDownload } from "@/lib/api/case-download";
import { download } from "@/lib/api/http";
import { toBibtex } from "@/lib/case/cite";
import { citedUrl } from "@/lib/case/urls";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const asked = await caseToDownload(request, params, "text");
  if (!asked.ok) return asked.response;
  const { slug } = asked.caseDocument;
  return download(toBibtex(asked.caseDocument, citedUrl(asked.caseDocument)), { type: "application/x-bibtex; charset=utf-8", filename: `${slug}.bib`, etag: asked.etag });
}
