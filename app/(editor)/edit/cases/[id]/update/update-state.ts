import type { ActionState } from "@/components/action-form";
import type { DocumentUpdatePreview } from "@/lib/history/document-update";

/** The update's answer: what the document would change (after "read"), or what is wrong. */
export type UpdateState = ActionState & { round?: number; preview?: DocumentUpdatePreview };

export const updatePath = (caseId: number) => `/edit/cases/${caseId}/update`;

/** The editor, after an update: it says which version the document was saved as. */
export const updatedPath = (caseId: number, version: number) => `/edit/cases/${caseId}?updated=${version}`;
