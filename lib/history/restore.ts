import { z } from "zod";
import { cleanText, REVISION_MESSAGE_LIMIT } from "@/lib/case/schema";

/**
 * "Restored version 12: " or "Updated from a corrected document: " goes before the reason in the revision's
 * message, within the message's limit.
 */
const REASON_LIMIT = REVISION_MESSAGE_LIMIT - 40;

/** Why an earlier version is restored, or a case updated from a document: optional, unless new serious problems are waived with it. */
export const revisionReasonSchema = z.string().overwrite(cleanText).max(REASON_LIMIT, `Keep the reason to ${REASON_LIMIT} characters at most`);

/** A case's history, where its revisions are compared and restored. */
export const historyPath = (caseId: number | string) => `/edit/cases/${caseId}/history`;

export const restorePath = (caseId: number, version: number) => `${historyPath(caseId)}/restore/${version}`;

/** The history, after a restore: it says which version was restored as which. */
export const restoredPath = (caseId: number, version: number, as: number) => `${historyPath(caseId)}?restored=${version}&as=${as}`;

/** The restore the history's address says was made, when both versions are the case's: else none (an old or typed address). */
export function readRestored(params: Record<string, string | string[] | undefined>, versions: number[]): { version: number; as: number } | null {
  const version = z.coerce.number().int().refine((v) => versions.includes(v));
  const parsed = z.object({ restored: version, as: version }).safeParse(params);
  return parsed.success ? { version: parsed.data.restored, as: parsed.data.as } : null;
}
