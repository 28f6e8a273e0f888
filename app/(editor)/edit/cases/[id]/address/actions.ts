"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/action-form";
import { AddressError, changeCaseAddress } from "@/db/case-address";
import { sentCaseId, sentForm } from "@/lib/action-arguments";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { ForbiddenError, SIGNED_OUT } from "@/lib/auth/roles";
import { addressChangeSchema, addressPath } from "@/lib/case/address";
import { sentValues } from "@/lib/sent-values";

/** A case's new address; its earlier one, if readers could read the case, leads there (db/case-address.ts). */
export async function changeAddressAction(boundCaseId: number, state: ActionState, sent: FormData): Promise<ActionState> {
  const caseId = sentCaseId(boundCaseId);
  const form = sentForm(sent, state);
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const parsed = addressChangeSchema.safeParse({ slug: form.get("slug") ?? "" });
  if (!parsed.success) return { errors: { slug: parsed.error.issues.map((i) => i.message) }, values: sentValues(form) };
  try {
    const { from, to, leadsHere } = await changeCaseAddress(actor, caseId, parsed.data.slug);
    revalidatePath(addressPath(caseId));
    return { ok: true, message: `The case's address is now /cases/${to}${leadsHere ? `; /cases/${from} leads there` : ""}.` };
  } catch (error) {
    if (error instanceof ForbiddenError) return refused(error.message);
    if (error instanceof AddressError) return { errors: { slug: [error.message] }, values: sentValues(form) };
    throw error;
  }
}
