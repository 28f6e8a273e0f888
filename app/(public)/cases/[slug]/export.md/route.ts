import { download, noSuchCase, textNotFound } from "@/lib/api/http";
import { findPublishedCase } from "@/lib/api/published-case";
import { caseToMarkdown } from "@/lib/case/to-markdown";

/** The case as Markdown in the delivered layout: the importer reads it back to the same case. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return textNotFound(noSuchCase(slug));
  return download(caseToMarkdown(caseDocument), { type: "text/markdown; charset=utf-8", filename: `${slug}.md` });
}
