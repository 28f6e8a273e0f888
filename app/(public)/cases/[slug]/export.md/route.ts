import { caseToDownload } from "@/lib/api/case-download";
import { download } from "@/lib/api/http";
import { caseToMarkdownFile } from "@/lib/case/markdown-file";
import { caseUrl, citedUrl } from "@/lib/case/urls";

/** The case as Markdown in the delivered layout, under front matter naming its source and licence: the importer reads it back to the same case. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const asked = await caseToDownload(request, params, "text");
  if (!asked.ok) return asked.response;
  const { caseDocument } = asked;
  return download(caseToMarkdownFile(caseDocument, { source: caseUrl(caseDocument.slug), cited: citedUrl(caseDocument) }), { type: "text/markdown; charset=utf-8", filename: `${caseDocument.slug}.md`, etag: asked.etag });
}
