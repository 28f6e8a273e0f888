import { can, type Actor, type Permission } from "../auth/roles";
import type { CaseStatus } from "./schema";

type Transition = { from: CaseStatus[]; permission: Permission; label: string };

/** draft -> in review -> published -> archived, and back to draft; who may do each is a permission. */
export const TRANSITIONS: Record<CaseStatus, Transition> = {
  in_review: { from: ["draft"], permission: "cases:submit", label: "Submit for review" },
  published: { from: ["in_review", "draft"], permission: "cases:publish", label: "Publish" },
  archived: { from: ["published", "draft", "in_review"], permission: "cases:archive", label: "Archive" },
  // Back to draft: unpublishing, taking a case back from review or out of the archive.
  draft: { from: ["in_review", "published", "archived"], permission: "cases:publish", label: "Back to draft" },
};

/** The longest note left with a status change (for the case's history; the reason, to publish despite serious problems). */
export const STATUS_NOTE_MAX_LENGTH = 1000;

export const STATUS_LABELS: Record<CaseStatus, string> = { draft: "Draft", in_review: "In review", published: "Published", archived: "Archived" };

/** The status in a sentence: "This case is a draft / in review / published / archived now". */
export const caseIs = (status: CaseStatus) => (status === "draft" ? "a draft" : STATUS_LABELS[status].toLowerCase());

/** The statuses this person may move a case of this city to, from where it is now. */
export function allowedTransitions(actor: Actor | null, status: CaseStatus, cityId: number): CaseStatus[] {
  return (Object.keys(TRANSITIONS) as CaseStatus[]).filter((to) => TRANSITIONS[to].from.includes(status) && can(actor, TRANSITIONS[to].permission, cityId));
}
