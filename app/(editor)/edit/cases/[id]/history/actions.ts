"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/components/action-form";
import { CaseError, PublishedSaveGateError, StaleCaseError, StatusChangedError } from "@/db/case-editing";
import { restoreRevision } from "@/db/case-history";
import { listKnownPlaces } from "@/db/quality";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { ForbiddenError, SIGNED_OUT } from "@/lib/auth/roles";
import { caseStatusSchema, formNumberSchema } from "@/lib/case/schema";
import { caseIs } from "@/lib/case/workflow";
import { historyPath, revisionReasonSchema, restoredPath } from "@/lib/history/restore";
import { countOf } from "@/lib/plain-text";
import { sentForm } from "@/lib/action-arguments";
import { sentValues } from "@/lib/sent-values";
import { waiveTickedSchema } from "../../prepare-save";

const restoreSchema = z.object({
  caseId: formNumberSchema, version: formNumberSchema, expectedVersion: formNumberSchema, expectedStatus: caseStatusSchema,
  reason: revisionReasonSchema, waive: waiveTickedSchema,
});

/**
 * Saves an earlier revision as the newest one, with the reason given, and goes back to the history, which says so.
 * 403 and nothing changed for anyone who may not edit the case.
 */
export async function restoreRevisionAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const parsed = restoreSchema.safeParse({ caseId: form.get("caseId"), version: form.get("version"), expectedVersion: form.get("expectedVersion"),
    expectedStatus: form.get("expectedStatus"), reason: form.get("reason") ?? "", waive: form.get("waive") });
  if (!parsed.success) {
    const reason = parsed.error.issues.find((i) => i.path[0] === "reason");
    return reason ? { errors: { reason: [reason.message] }, values: sentValues(form) } : { message: "This restore request is incomplete. Reload the page and try again." };
  }
  const { caseId, version, expectedVersion, expectedStatus, reason, waive } = parsed.data;
  if (waive && !reason) return { errors: { reason: ["Give the reason for restoring despite the serious problems"] }, values: sentValues(form) };
  let saved;
  try {
    saved = await restoreRevision(actor, caseId, { version, expectedVersion, expectedStatus, reason, waive }, await listKnownPlaces());
  } catch (error) {
    if (error instanceof ForbiddenError) return refused(error.message);
    if (error instanceof StatusChangedError) return { message: `This case is ${caseIs(error.status)} now: its status changed since this page was opened, so nothing was restored. Reload to see what restoring would do now.` };
    if (error instanceof StaleCaseError) return { message: `Someone saved version ${error.currentVersion} meanwhile; reload to see it. Nothing was restored.` };
    if (error instanceof CaseError) return { message: `${error.message}. Nothing was restored.` };
    if (error instanceof PublishedSaveGateError) {
      const serious = countOf(error.problems.length, "new serious problem");
      return { errors: { waive: [`Restoring version ${version} would put ${serious} on the public page at once (${error.problems.map((p) => p.message).join("; ")}): tick “Restore despite” and give the reason, or leave the case as it is`] }, values: sentValues(form) };
    }
    throw error;
  }
  if (saved.unchanged) return { ok: true, message: `Version ${version} holds what the case holds now (version ${saved.version}): nothing to restore.` };
  revalidatePath(historyPath(caseId));
  redirect(restoredPath(caseId, version, saved.version));
}
