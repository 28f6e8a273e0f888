"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/components/action-form";
import { CaseError, QualityGateError, setCaseStatus, StaleCaseError } from "@/db/case-editing";
import { listKnownPlaces } from "@/db/quality";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { ForbiddenError, SIGNED_OUT } from "@/lib/auth/roles";
import { caseStatusSchema, MAX_INTEGER, cleanText } from "@/lib/case/schema";
import { STATUS_LABELS, STATUS_NOTE_MAX_LENGTH } from "@/lib/case/workflow";
import { sentValues } from "@/lib/sent-values";
import { countOf } from "@/lib/plain-text";

const statusChangeSchema = z.object({
  caseId: z.coerce.number().int().positive().max(MAX_INTEGER),
  to: caseStatusSchema,
  expectedVersion: z.coerce.number().int().positive().max(MAX_INTEGER),
  note: z.string().overwrite(cleanText).max(STATUS_NOTE_MAX_LENGTH, `Keep the note under ${STATUS_NOTE_MAX_LENGTH.toLocaleString("en")} characters`).optional(),
});

const DONE: Record<string, string> = {
  published: "Published: the public pages show this version now.",
  in_review: "Submitted for review.",
  archived: "Archived: only editors see the case now.",
  draft: "Back to draft: only editors see the case now.",
};

/** Moves a case along the workflow; the rights and the quality gate are checked in the data layer. */
export async function changeStatusAction(_: ActionState, form: FormData): Promise<ActionState> {
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const input = statusChangeSchema.safeParse({
    caseId: form.get("caseId"), to: form.get("to"), expectedVersion: form.get("expectedVersion"), note: form.get("note") ?? undefined,
  });
  if (!input.success) {
    // The note is the one field typed: its problem is said beside it, with the text kept to shorten.
    const note = input.error.issues.filter((issue) => issue.path[0] === "note").map((issue) => issue.message);
    if (note.length === input.error.issues.length) return { errors: { note }, values: sentValues(form) };
    return { message: "That change of status could not be read: reload the page and try again." };
  }
  const { caseId, ...change } = input.data;
  try {
    await setCaseStatus(actor, caseId, change, await listKnownPlaces());
  } catch (error) {
    if (error instanceof ForbiddenError) return refused(error.message);
    // Refused because the case moved on meanwhile: the page shows where it is now, and the buttons that apply.
    if (error instanceof StaleCaseError || error instanceof CaseError) revalidatePath(`/edit/cases/${caseId}`);
    if (error instanceof QualityGateError)
      return { errors: { note: [`Publishing is blocked by ${countOf(error.problems.length, "serious problem")} listed under “Checks on this case”: fix them, or give the reason for publishing anyway in the note`] }, values: sentValues(form) };
    // The note typed stays in its field, to send again.
    if (error instanceof StaleCaseError) return { message: `${error.message} The page now shows version ${error.currentVersion}: check it before changing its status.`, values: sentValues(form) };
    if (error instanceof CaseError) return { message: error.message, values: sentValues(form) };
    throw error;
  }
  revalidatePath(`/edit/cases/${caseId}`);
  revalidatePath("/edit");
  return { ok: true, message: DONE[change.to] ?? `Now ${STATUS_LABELS[change.to]}.` };
}
