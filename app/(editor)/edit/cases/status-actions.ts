"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/components/action-form";
import { CaseError, QualityGateError, setCaseStatus, StaleCaseError } from "@/db/case-editing";
import { listKnownPlaces } from "@/db/quality";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { ForbiddenError, SIGNED_OUT } from "@/lib/auth/roles";
import { caseStatusSchema, cleanText, formNumberSchema } from "@/lib/case/schema";
import { STATUS_LABELS, STATUS_NOTE_MAX_LENGTH } from "@/lib/case/workflow";
import { sentValues } from "@/lib/sent-values";
import { countOf } from "@/lib/plain-text";
import { sentForm } from "@/lib/action-arguments";

const statusChangeSchema = z.object({
  caseId: formNumberSchema,
  to: caseStatusSchema,
  expectedVersion: formNumberSchema,
  expectedStatus: caseStatusSchema.optional(),
  // A line break is sent as two characters and counted as one by the field's limit: kept as one.
  note: z.string().overwrite((s) => cleanText(s.replace(/\r\n?/g, "\n"))).max(STATUS_NOTE_MAX_LENGTH, {
    error: (issue) => `Keep the note to ${STATUS_NOTE_MAX_LENGTH.toLocaleString("en")} characters at most: this one has ${String(issue.input).length.toLocaleString("en")}`,
  }).optional(),
  /** Ticked: publish despite the serious problems, the note giving the reason. */
  waive: z.literal("yes").optional(),
});

const DONE: Record<string, string> = {
  published: "Published: the public pages show this version now.",
  in_review: "Submitted for review.",
  archived: "Archived: the public pages do not show it.",
  // City editors of its city see a draft too, and change it.
  draft: "Back to draft: the public pages do not show it, and this city's city editors can change it.",
};

/** Moves a case along the workflow; the rights and the quality gate are checked in the data layer. */
export async function changeStatusAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const input = statusChangeSchema.safeParse({
    caseId: form.get("caseId"), to: form.get("to"), expectedVersion: form.get("expectedVersion"), note: form.get("note") ?? undefined,
    expectedStatus: form.get("expectedStatus") ?? undefined, waive: form.get("waive") ?? undefined,
  });
  if (!input.success) {
    // The note is the one field typed: its problem is said beside it, with the text kept to shorten.
    const note = input.error.issues.filter((issue) => issue.path[0] === "note").map((issue) => issue.message);
    if (note.length === input.error.issues.length) return { errors: { note }, values: sentValues(form) };
    return { message: "That change of status could not be read: reload the page and try again." };
  }
  const { caseId, waive, ...change } = input.data;
  try {
    await setCaseStatus(actor, caseId, { ...change, waive: !!waive }, await listKnownPlaces());
  } catch (error) {
    if (error instanceof ForbiddenError) return refused(error.message);
    // Refused because the case moved on meanwhile: the page shows where it is now, and the buttons that apply.
    if (error instanceof StaleCaseError || error instanceof CaseError) revalidatePath(`/edit/cases/${caseId}`);
    if (error instanceof QualityGateError) return { errors: qualityGateErrors(error.problems.length, !!waive), values: sentValues(form) };
    // The note typed stays in its field, to send again; "publish despite" does not: the page now shows another
    // version or status, whose problems the person has not seen.
    const kept = { ...sentValues(form), waive: [] };
    if (error instanceof StaleCaseError) return { message: `${error.message} The page now shows version ${error.currentVersion}: check it before changing its status.`, values: kept };
    if (error instanceof CaseError) return { message: error.message, values: kept };
    throw error;
  }
  revalidatePath(`/edit/cases/${caseId}`);
  revalidatePath("/edit");
  return { ok: true, message: DONE[change.to] ?? `Now ${STATUS_LABELS[change.to]}.` };
}

/** Publishing refused by serious problems: either not waived on purpose, or waived without the reason. */
function qualityGateErrors(problems: number, waived: boolean): ActionState["errors"] {
  const serious = countOf(problems, "serious problem");
  if (waived) return { note: [`Give the reason for publishing despite ${serious} in the note`] };
  return { waive: [`Publishing is blocked by ${serious} listed under “Checks on this case”: fix them, or tick “Publish despite ${serious}” and give the reason in the note`] };
}
