import { caseUrl } from "@/lib/case/urls";
import { download, jsonError, noSuchCase } from "@/lib/api/http";
import { findPublishedCase } from "@/lib/api/published-case";
import { formatCslJson, toCslJson } from "@/lib/case/cite";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return jsonError(404, { message: noSuchCase(slug) });
  return download(formatCslJson(toCslJson(caseDocument, caseUrl(slug))), {
    type: "application/vnd.citationstyles.csl+json; charset=utf-8",
    filename: `${slug}.csl.json`,
  });
}
