import { jsonError, jsonResponse, noSuchCase } from "@/lib/api/http";
import { findPublishedCase } from "@/lib/api/published-case";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return jsonError(404, { message: noSuchCase(slug) });
  return jsonResponse(caseDocument);
}
