import { caseUrl } from "@/lib/case/urls";
import { download, noSuchCase, textNotFound } from "@/lib/api/http";
import { findPublishedCase } from "@/lib/api/published-case";
import { toBibtex } from "@/lib/case/cite";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return textNotFound(noSuchCase(slug));
  return download(toBibtex(caseDocument, caseUrl(slug)), { type: "application/x-bibtex; charset=utf-8", filename: `${slug}.bib` });
}
