import { caseToDownload } from "@/lib/api/case-download";
import { download } from "@/lib/api/http";
import { caseToMarkdown } from "@/lib/case/to-markdown";

/** The case as Markdown in the delivered layout: the importer reads it back to the same case. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const asked = await caseToDownload(request, params, "text");
  if (!asked.ok) return asked.response;
  return download(caseToMarkdown(asked.caseDocument), { type: "text/markdown; charset=utf-8", filename: `${asked.caseDocument.slug}.md` });
}
