import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { asWritten, otherCaseProblem } from "@/lib/case/as-written";
import type { CaseDocument, CaseStatus } from "@/lib/case/schema";
import type { KnownPlaces } from "@/lib/quality/types";
import { getCaseForEditing } from "./case-editor";
import { CaseError, saveCase, StaleCaseError } from "./case-editing";

type UpdateRequest = { expectedVersion: number; expectedStatus: CaseStatus; reason?: string; waive?: boolean };

/** "Updated from a corrected document: " goes before the reason in the revision's message. */
const UPDATED_FROM_DOCUMENT = "Updated from a corrected document";

/**
 * Replaces a case's content with a corrected City Case Description, as the command line's import does (the
 * editors' note, the address and the links to organisations kept), as a new version with the reason in its
 * message. Refused as a save is (who asks, a stale version or status, new serious problems on a public page not
 * waived), and for a document of another case. The case keeps its status.
 */
export async function updateCaseFromDocument(by: Actor | null, caseId: number, document: CaseDocument, { expectedVersion, expectedStatus, reason = "", waive = false }: UpdateRequest, known: KnownPlaces) {
  const stored = await getCaseForEditing(by, caseId);
  if (!stored) throw new CaseError("There is no such case");
  if (stored.version !== expectedVersion) throw new StaleCaseError(stored.version);
  const otherCase = otherCaseProblem(document, stored.document);
  if (otherCase) throw new CaseError(otherCase, "document");
  const why = reason.trim();
  const message = `${UPDATED_FROM_DOCUMENT}${why ? `: ${why}` : ""}`;
  return saveCase(by, caseId, asWritten(document, stored.document), { expectedVersion, expectedStatus, message, gate: { known, waive: waive && !!why } });
}
