"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/components/action-form";
import { CaseError, PublishedSaveGateError, StaleCaseError } from "@/db/case-editing";
import { restoreRevision } from "@/db/case-history";
import { listKnownPlaces } from "@/db/quality";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { ForbiddenError, SIGNED_OUT } from "@/lib/auth/roles";
import { formNumberSchema } from "@/lib/case/schema";
import { countOf } from "@/lib/plain-text";
import { sentForm } from "@/lib/action-arguments";

const restoreSchema = z.object({ caseId: formNumberSchema, version: formNumberSchema, expectedVersion: formNumberSchema });

/** Saves an earlier revision as the newest one; 403 and nothing changed for anyone who may not edit the case. */
export async function restoreRevisionAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const parsed = restoreSchema.safeParse({ caseId: form.get("caseId"), version: form.get("version"), expectedVersion: form.get("expectedVersion") });
  if (!parsed.success) return { message: "This restore request is incomplete. Reload the page and try again." };
  const { caseId, version, expectedVersion } = parsed.data;
  let saved;
  try {
    saved = await restoreRevision(actor, caseId, version, expectedVersion, await listKnownPlaces());
  } catch (error) {
    if (error instanceof ForbiddenError) return refused(error.message);
    if (error instanceof StaleCaseError) return { message: `Someone saved version ${error.currentVersion} meanwhile; reload to see it. Nothing was restored.` };
    if (error instanceof CaseError) return { message: `${error.message}. Nothing was restored.` };
    if (error instanceof PublishedSaveGateError) {
      const problems = error.problems.map((p) => p.message).join("; ");
      return { message: `Restoring version ${version} would put ${countOf(error.problems.length, "serious problem")} on the public page at once (${problems}). Nothing was restored. To restore it anyway, move the case back to draft, restore it, then publish it with the reason.` };
    }
    throw error;
  }
  revalidatePath(`/edit/cases/${caseId}/history`);
  if (saved.unchanged) return { ok: true, message: `Version ${version} holds what the case holds now (version ${saved.version}): nothing to restore.` };
  return { ok: true, message: `Version ${version} restored: it is now version ${saved.version}.` };
}
