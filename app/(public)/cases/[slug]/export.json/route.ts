import { download, jsonError, noSuchCase } from "@/lib/api/http";
import { findPublishedCase } from "@/lib/api/published-case";

/** The case in the interchange format ekip-case/1, as a file. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return jsonError(404, { message: noSuchCase(slug) });
  return download(JSON.stringify(caseDocument, null, 2), { type: "application/json; charset=utf-8", filename: `${slug}.json` });
}
