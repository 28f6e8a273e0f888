import type { NextRequest } from "next/server";
import { jsonError, jsonContent, noLongerPublished, noSuchCase } from "@/lib/api/http";
import { answerMovedCase, findPublishedCase, findWithdrawnCase } from "@/lib/api/published-case";
import { noQuerySchema } from "@/lib/api/schemas";
import { slugSchema } from "@/lib/case/schema";
import { parseParams, refusedParameter } from "@/lib/search/query-params";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const asked = slugSchema.safeParse(slug);
  if (!asked.success) return jsonError(400, refusedParameter("slug", asked.error.issues[0]!.message));
  const caseDocument = await findPublishedCase(slug);
  if (caseDocument) return jsonContent(request, caseDocument);
  const withdrawn = await findWithdrawnCase(slug);
  if (withdrawn) return jsonError(410, { message: noLongerPublished(slug) });
  const moved = await answerMovedCase(request, slug);
  if (moved) return moved;
  return jsonError(404, { message: noSuchCase(slug) });
}
