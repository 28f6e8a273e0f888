"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { CaseError, PublishedSaveGateError, StaleCaseError, StatusChangedError } from "@/db/case-editing";
import { getCaseForEditing } from "@/db/case-editor";
import { updateCaseFromDocument } from "@/db/case-update";
import { listKnownPlaces } from "@/db/quality";
import { sentCaseId, sentForm } from "@/lib/action-arguments";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { ForbiddenError, SIGNED_OUT, type Actor } from "@/lib/auth/roles";
import { otherCaseProblem } from "@/lib/case/as-written";
import { caseStatusSchema, formNumberSchema } from "@/lib/case/schema";
import { caseIs } from "@/lib/case/workflow";
import { previewDocumentUpdate } from "@/lib/history/document-update";
import { revisionReasonSchema } from "@/lib/history/restore";
import { readDocumentInput } from "@/lib/importer/document-input";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { countOf } from "@/lib/plain-text";
import { sentValues } from "@/lib/sent-values";
import { waiveTickedSchema } from "../../prepare-save";
import { updatedPath, type UpdateState } from "./update-state";

const replaceSchema = z.object({
  expectedVersion: formNumberSchema, expectedStatus: caseStatusSchema, reason: revisionReasonSchema, waive: waiveTickedSchema,
});

/**
 * Reads a corrected City Case Description against the case ("read": what it would change, nothing stored), or
 * replaces the case's content with it ("replace": a new version, then back to the editor, which says so).
 */
export async function updateFromDocumentAction(boundCaseId: number, state: UpdateState, sent: FormData): Promise<UpdateState> {
  const caseId = sentCaseId(boundCaseId);
  const form = sentForm(sent, state);
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const round = (typeof state.round === "number" ? state.round : 0) + 1;
  try {
    return form.get("intent") === "replace" ? await replace(actor, caseId, form, round) : await read(actor, caseId, form, round);
  } catch (error) {
    if (error instanceof ForbiddenError) return refused(error.message);
    throw error;
  }
}

/** The document read and compared with the case as it is now; what is wrong with it said for the "document" field. */
async function read(actor: Actor, caseId: number, form: FormData, round: number, message?: string): Promise<UpdateState> {
  const input = await readDocumentInput(form);
  if (!input.ok) return { round, errors: { document: input.errors } };
  const parsed = parseCaseDocument(input.text);
  if (!parsed.ok) return { round, errors: { document: [`This is ${parsed.error}`] } };
  const stored = await getCaseForEditing(actor, caseId);
  if (!stored) return { round, message: "This case no longer exists." };
  const otherCase = otherCaseProblem(parsed.case, stored.document);
  if (otherCase) return { round, errors: { document: [otherCase] } };
  const preview = previewDocumentUpdate(stored, parsed.case, { text: input.text, warnings: parsed.warnings, known: await listKnownPlaces() });
  return { round, preview, ...(message ? { message } : {}) };
}

/** What was typed, to fill the fields again: not the document, which the preview carries. */
const typedValues = (form: FormData) => {
  const { reason, waive } = sentValues(form);
  return { ...(reason ? { reason } : {}), ...(waive ? { waive } : {}) };
};

async function replace(actor: Actor, caseId: number, form: FormData, round: number): Promise<UpdateState> {
  const parsed = replaceSchema.safeParse({ expectedVersion: form.get("expectedVersion"), expectedStatus: form.get("expectedStatus"), reason: form.get("reason") ?? "", waive: form.get("waive") });
  const again = () => read(actor, caseId, form, round);
  if (!parsed.success) {
    const reason = parsed.error.issues.find((i) => i.path[0] === "reason");
    return reason ? { ...(await again()), errors: { reason: [reason.message] }, values: typedValues(form) } : { round, message: "This update lost track of the version it was read against: read the document again." };
  }
  const { reason, waive } = parsed.data;
  if (waive && !reason) return { ...(await again()), errors: { reason: ["Give the reason for replacing the case despite the serious problems"] }, values: typedValues(form) };
  // Read as the first step reads it (its size limit too): the text comes back from the page, so it is outside input again.
  const input = await readDocumentInput(form);
  if (!input.ok) return { round, errors: { document: input.errors } };
  const document = parseCaseDocument(input.text);
  if (!document.ok) return { round, errors: { document: [`This is ${document.error}`] } };
  let saved;
  try {
    saved = await updateCaseFromDocument(actor, caseId, document.case, parsed.data, await listKnownPlaces());
  } catch (error) {
    if (error instanceof StatusChangedError) return read(actor, caseId, form, round, `This case is ${caseIs(error.status)} now: its status changed since the document was read, so nothing was saved. Below is what it would change now.`);
    if (error instanceof StaleCaseError) return read(actor, caseId, form, round, `Someone saved version ${error.currentVersion} meanwhile, so nothing was saved. Below is what the document would change now.`);
    if (error instanceof CaseError) return { round, errors: { [error.field ?? "document"]: [`${error.message}. Nothing was saved.`] } };
    if (error instanceof PublishedSaveGateError) {
      const serious = countOf(error.problems.length, "new serious problem");
      return { ...(await again()), errors: { waive: [`The document would put ${serious} on the public page at once (${error.problems.map((p) => p.message).join("; ")}): tick “Replace despite” and give the reason, or correct the document`] }, values: typedValues(form) };
    }
    throw error;
  }
  if (saved.unchanged) return { round, ok: true, message: `The document holds what the case holds now (version ${saved.version}): nothing was saved.` };
  revalidatePath("/edit");
  redirect(updatedPath(caseId, saved.version));
}
