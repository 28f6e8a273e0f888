import type { CaseDocument } from "../case/schema";
import { slugSchema } from "../case/schema";
import { parseParams, refusedParameter, withoutCampaignTags, type ParamError } from "../search/query-params";
import { jsonError, noLongerPublished, noSuchCase, textError } from "./http";
import { answerMovedCase, findPublishedCase, findWithdrawnCase } from "./published-case";
import { noQuerySchema } from "./schemas";
import { publishedContentTag } from "./published-content-tag";

/** `etag`: the published content's revision, the file's validator (download's `etag`). */
type Asked = { ok: true; caseDocument: CaseDocument; etag: string } | { ok: false; response: Response };

/**
 * The published case a download of one case is of (`/cases/{slug}/inventory.csv`, …), checked as the API
 * checks `/api/v1/cases/{slug}`: a query parameter (but a campaign's tag, which a shared link gains) or a slug that cannot be one is refused 400, a case that was
 * published and is no longer 410 (a cited download link says so, not "not found"), a case's earlier address 308 to
 * the same file at its address now, an unknown case 404; answered
 * in JSON for a JSON file, in plain text for the rest. A client that holds the file as it is now (If-None-Match
 * with the content's revision, which any change of published content moves on, and the day, which the references
 * give as the day they were read) gets 304 without it.
 */
export async function caseToDownload(request: Request, params: Promise<{ slug: string }>, answerIn: "json" | "text"): Promise<Asked> {
  const refuse = (status: 400 | 404 | 410, error: ParamError | { message: string }): Asked =>
    ({ ok: false, response: answerIn === "json" ? jsonError(status, error) : textError(status, error.message) });
  const query = parseParams(noQuerySchema, withoutCampaignTags(new URL(request.url).searchParams));
  if (!query.ok) return refuse(400, query.error);
  const { slug } = await params;
  const asked = slugSchema.safeParse(slug);
  if (!asked.success) return refuse(400, refusedParameter("slug", asked.error.issues[0]!.message));
  const caseDocument = await findPublishedCase(asked.data);
  if (!caseDocument) {
    if (await findWithdrawnCase(asked.data)) return refuse(410, { message: noLongerPublished(asked.data) });
    const moved = await answerMovedCase(request, asked.data);
    if (moved) return { ok: false, response: moved };
    return refuse(404, { message: noSuchCase(asked.data) });
  }
  // Only a file that exists can be the one the client holds (a 304 for an unknown case would say its copy is good).
  const { etag, notModified } = await publishedContentTag(request, { byDay: true });
  return notModified ? { ok: false, response: notModified } : { ok: true, caseDocument, etag };
}
