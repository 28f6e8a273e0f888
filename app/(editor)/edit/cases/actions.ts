"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCaseForEditing, getRevisionAuthor } from "@/db/case-editor";
import { getRevisionContents } from "@/db/case-history";
import { listKnownPlaces } from "@/db/quality";
import { CaseError, createCase, DraftsOnlyError, PublishedSaveGateError, saveCase, StaleCaseError, StatusChangedError, whyNotEditable } from "@/db/case-editing";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { can, ForbiddenError, whyNot, type Actor } from "@/lib/auth/roles";
import { draftFromForm, newPlacesFromForm, type CaseDraft } from "@/lib/editor/draft-form";
import { applyListIntent, parseListIntent } from "@/lib/editor/draft-lists";
import type { EditorState } from "@/lib/editor/editor-state";
import { revisionMessageSchema, type CaseDocument, type CaseStatus } from "@/lib/case/schema";
import { keptTabSchema } from "@/lib/editor/kept-drafts";
import { mergeDrafts } from "@/lib/editor/merge-drafts";
import { diffRevisions, foldUnchanged } from "@/lib/history/revision-diff";
import type { RevisionContent } from "@/lib/history/revision-sections";
import { checkCase } from "@/lib/quality/check-case";
import type { QualityProblem } from "@/lib/quality/types";
import { caseIs } from "@/lib/case/workflow";
import { countOf } from "@/lib/plain-text";
import { sentCaseId, sentForm } from "@/lib/action-arguments";
import { startNewCase } from "./new-case-start";
import { expectedStatusSchema, expectedVersionSchema, prepareSave, waiveTickedSchema } from "./prepare-save";

/** The person editing, or why they may not: then whatever they sent is refused (403, nothing changed). */
async function editor(): Promise<{ actor: Actor; refusal?: undefined } | { actor?: undefined; refusal: string }> {
  const actor = await getCurrentActor();
  return actor && can(actor, "cases:edit", actor.cityIds[0]) ? { actor } : { refusal: whyNot(actor, "cases:edit") };
}

/** Adding, removing or moving a list entry: nothing is stored, the form comes back changed (this is the no-JavaScript path). */
function changeList(form: FormData, prev: EditorState, draft: CaseDraft): EditorState | null {
  const intent = parseListIntent(form.get("intent"));
  if (!intent) return null;
  const changed = applyListIntent(draft, intent);
  return { ...prev, ...newPlacesFromForm(form), draft: changed.draft, focus: changed.focus, errors: undefined, message: undefined, conflict: undefined, note: noteOf(form), round: (prev.round ?? 0) + 1 };
}

function noteOf(form: FormData): string | undefined {
  const note = form.get("message");
  return typeof note === "string" && note ? note : undefined;
}

/** A refused draft keeps the names of its city and policy area (the form sends only their slugs) for the page to show. */
function withPlaceNames(base: EditorState, document: CaseDocument): EditorState {
  return base.draft ? { ...base, draft: { ...base.draft, city: document.city, policyArea: document.policyArea } } : base;
}

function refusedSave(error: unknown, base: EditorState): EditorState {
  if (error instanceof ForbiddenError) return { ...base, ...refused(error.message) };
  if (error instanceof CaseError) return { ...base, ok: false, errors: error.field ? { [error.field]: [error.message] } : undefined, message: error.field ? undefined : error.message };
  throw error;
}

export async function editCaseAction(boundCaseId: number, prev: EditorState, sent: FormData): Promise<EditorState> {
  const caseId = sentCaseId(boundCaseId);
  const form = sentForm(sent, prev);
  const { actor, refusal } = await editor();
  const draft = draftFromForm(form);
  if (refusal !== undefined) return { ...prev, draft, round: (prev.round ?? 0) + 1, ...refused(refusal) };
  const notEditable = await whyNotEditable(actor, caseId);
  if (notEditable !== undefined) return { ...prev, draft, round: (prev.round ?? 0) + 1, ...refused(notEditable) };
  const listChange = changeList(form, prev, draft);
  if (listChange) return listChange;
  const round = (prev.round ?? 0) + 1;
  const version = expectedVersionSchema.safeParse(form.get("expectedVersion"));
  const status = expectedStatusSchema.safeParse(form.get("expectedStatus"));
  const message = revisionMessageSchema.safeParse(form.get("message") ?? "");
  const waive = waiveTickedSchema.safeParse(form.get("waive"));
  const base: EditorState = { draft, version: version.data, round, note: noteOf(form), ...newPlacesFromForm(form) };
  if (!version.success || !status.success || !waive.success) return { ...base, message: "The form lost track of which version you started from: reload the page (your edits are kept in this browser)." };
  if (!message.success) return { ...base, errors: { message: message.error.issues.map((i) => i.message) } };
  const prepared = await prepareSave(draft, base, actor);
  if (!prepared.ok) return { ...base, errors: prepared.errors };
  try {
    // Read once, for the published case's gate and for the checks after the save (which adds no city or policy area).
    const known = await listKnownPlaces();
    const saved = await saveCase(actor, caseId, prepared.document, { expectedVersion: version.data, expectedStatus: status.data, message: message.data, gate: { known, waive: waive.data } });
    revalidatePath("/edit");
    // The case as stored: the save links stakeholders and participants to the inventory's organisations by name,
    // so the checks see what readers will (unless someone saved again meanwhile).
    const stored = await getCaseForEditing(actor, caseId);
    const document = stored?.version === saved.version ? stored.document : prepared.document;
    const problems = checkCase(document, known);
    return {
      draft: document, version: saved.version, savedVersion: saved.version, status: saved.status, round, ok: true,
      message: saved.unchanged ? `Nothing changed since version ${saved.version}, so no new version was saved.` : savedMessage(saved.version, saved.status, problems, saved.waived?.length ?? 0), problems, similar: prepared.similar,
    };
  } catch (error) {
    if (error instanceof StaleCaseError) {
      // The page around the editor (its version, the status form) moves on to the version saved meanwhile.
      revalidatePath(`/edit/cases/${caseId}`);
      return { ...base, ...(await conflictOf(actor, caseId, prepared.document, version.data, error.currentVersion)) };
    }
    if (error instanceof StatusChangedError) {
      const changed = statusChanged(caseId, base, error.status);
      // Saved meanwhile too: merged now, not after a second refusal.
      return error.currentVersion === version.data ? changed : { ...changed, ...(await conflictOf(actor, caseId, prepared.document, version.data, error.currentVersion)) };
    }
    if (error instanceof PublishedSaveGateError) return publishedSaveRefused(error, withPlaceNames(base, prepared.document));
    if (error instanceof DraftsOnlyError) {
      // The page shows the case read-only now, and says that what was typed is kept in this browser.
      revalidatePath(`/edit/cases/${caseId}`);
      return { ...base, ok: false, status: error.caseStatus, message: `Nothing was saved: this case is ${caseIs(error.caseStatus)} now, and a city editor changes drafts only. Your changes are kept in this browser; an ekip editor can move the case back to draft.` };
    }
    return refusedSave(error, withPlaceNames(base, prepared.document));
  }
}

/**
 * A save of a published case is public at once: it says so when the checks find serious problems on the public page,
 * which it had already unless some were waived ("Save anyway").
 */
function savedMessage(version: number, status: CaseStatus | undefined, problems: QualityProblem[], waived: number): string {
  const serious = problems.filter((p) => p.severity === "serious").length;
  if (status !== "published" || serious === 0) return `Saved as version ${version}.`;
  const listed = `${countOf(serious, "serious problem")} (listed under “Checks on this case”)`;
  return waived ? `Saved as version ${version}, and public at once: the public page now has ${listed}.` : `Saved as version ${version}, and public at once. The public page still has ${listed}.`;
}

/**
 * A save of a published case that would put new serious problems on its public page: nothing saved, the problems
 * listed, and "Save anyway" offered (with the reason in the note), as publishing offers "Publish despite".
 */
function publishedSaveRefused(error: PublishedSaveGateError, base: EditorState): EditorState {
  const serious = countOf(error.problems.length, "new serious problem");
  const errors: Record<string, string[]> = error.waived
    ? { message: [`Give the reason for saving despite ${serious} in “What changed”`] }
    : { waive: [`This case is published, and this save would put ${serious} on its public page at once (listed under “Checks on this case”): fix them, or tick “Save anyway” and give the reason in “What changed”`] };
  return { ...base, ok: false, errors, problems: error.problems, saveGate: error.problems.length };
}

/** The case moved along the workflow since the editor opened it: nothing saved, and the next save is made knowingly on the new status. */
function statusChanged(caseId: number, base: EditorState, status: CaseStatus): EditorState {
  // The page (its status form, and the status this editor saves against) moves on to the case's status now.
  revalidatePath(`/edit/cases/${caseId}`);
  const what = status === "published" ? "was published meanwhile, so a save now changes its public page at once" : `is ${caseIs(status)} now (its status changed meanwhile)`;
  return { ...base, ok: false, status, message: `Nothing was saved: this case ${what}. Your changes are still in this form: save again to keep them.` };
}

/**
 * Someone saved since this editor started: their changes merged into what this person typed, part by part
 * (nothing of either is lost), and what they changed shown. The next save is made on their version.
 */
async function conflictOf(actor: Actor, caseId: number, mine: CaseDocument, from: number, to: number): Promise<Pick<EditorState, "draft" | "conflict" | "version">> {
  const [revisions, current, author] = await Promise.all([getRevisionContents(actor, caseId, [from]).catch(withoutUnreadable), getCaseForEditing(actor, caseId), getRevisionAuthor(caseId, to)]);
  const before = revisions.get(from);
  const theirs = current?.document;
  const merged = before && theirs ? mergeDrafts(before, mine, theirs) : { draft: mine, takenFromTheirs: [], changedByBoth: [] };
  return {
    draft: merged.draft, version: current?.version ?? to,
    conflict: {
      version: current?.version ?? to, by: author?.by ?? null, isYours: author?.byId === actor.id, at: (author?.at ?? new Date()).toISOString(),
      changes: before && theirs ? foldUnchanged(diffRevisions(before, theirs)).filter((b) => b.kind === "changed") : [], takenFromTheirs: merged.takenFromTheirs, changedByBoth: merged.changedByBoth,
    },
  };
}

/** A revision that no longer fits the case format: the conflict is shown without their changes, the merge keeps mine. */
function withoutUnreadable(error: unknown): Map<number, RevisionContent> {
  if (error instanceof CaseError) return new Map();
  throw error;
}

export async function newCaseAction(prev: EditorState, sent: FormData): Promise<EditorState> {
  const form = sentForm(sent, prev);
  const { actor, refusal } = await editor();
  if (refusal !== undefined) return { ...prev, round: (prev.round ?? 0) + 1, ...refused(refusal) };
  const started = await startNewCase(form, prev);
  if (started) return started;
  const draft = draftFromForm(form);
  const listChange = changeList(form, prev, draft);
  if (listChange) return listChange;
  const message = revisionMessageSchema.safeParse(form.get("message") ?? "");
  const base: EditorState = { ...prev, draft, round: (prev.round ?? 0) + 1, ...newPlacesFromForm(form), errors: undefined, message: undefined, note: noteOf(form) };
  if (!message.success) return { ...base, errors: { message: message.error.issues.map((i) => i.message) } };
  const prepared = await prepareSave(draft, base, actor);
  if (!prepared.ok) return { ...base, errors: prepared.errors };
  let id: number;
  try {
    id = (await createCase(actor, prepared.document, { message: message.data || "Created" })).id;
  } catch (error) {
    return refusedSave(error, withPlaceNames(base, prepared.document));
  }
  revalidatePath("/edit");
  const tab = keptTabSchema.safeParse(form.get("keptTab"));
  redirect(`/edit/cases/${id}?created=1${tab.success ? `&kept=${tab.data}` : ""}`);
}
