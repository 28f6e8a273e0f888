import type { NextRequest } from "next/server";
import { jsonError, jsonContent, noLongerPublished, noSuchCase, noSuchVersion } from "@/lib/api/http";
import { answerMovedCase, findPublicVersion, findPublishedCase, findWithdrawnCase } from "@/lib/api/published-case";
import { noQuerySchema } from "@/lib/api/schemas";
import { addressNumberSchema, slugSchema } from "@/lib/case/schema";
import { parseParams, refusedParameter } from "@/lib/search/query-params";

/** One version of a published case, as its page /cases/{slug}/versions/{version} shows it. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; version: string }> }) {
  const { slug, version } = await params;
  const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return jsonError(400, query.error);
  const asked = slugSchema.safeParse(slug);
  if (!asked.success) return jsonError(400, refusedParameter("slug", asked.error.issues[0]!.message));
  const number = addressNumberSchema.safeParse(version);
  if (!number.success) return jsonError(400, refusedParameter("version", number.error.issues[0]!.message));
  const found = await findPublicVersion(slug, version);
  if (found) return jsonContent(request, found.caseDocument);
  if (await findWithdrawnCase(slug)) return jsonError(410, { message: noLongerPublished(slug) });
  const moved = await answerMovedCase(request, slug);
  if (moved) return moved;
  return jsonError(404, { message: (await findPublishedCase(slug)) ? noSuchVersion(slug, version) : noSuchCase(slug) });
}
