"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import type { ActionState } from "@/components/action-form";
import { changeOwnName, changeOwnPassword, endSession, signOutEverywhere, UserError } from "@/db/users";
import { getCurrentActor, getCurrentSessionId } from "@/lib/auth/current-actor";
import { KNOWN_BROWSER_COOKIE } from "@/lib/auth/known-browser";
import { PASSWORD_CHANGED_COOKIE } from "@/lib/auth/notices";
import { refused } from "@/lib/auth/refusal";
import { SIGNED_OUT } from "@/lib/auth/roles";
import { signInPath } from "@/lib/auth/sign-in-path";
import { nameChangeSchema, passwordChangeSchema } from "@/lib/auth/user-schemas";
import { sentValues } from "@/lib/sent-values";
import { accepted, sentForm } from "@/lib/action-arguments";

/** Ends this session on the server too: a copy of its cookie (a request in flight, a stolen one) no longer works. */
export async function signOutAction(): Promise<void> {
  accepted();
  const sessionId = await getCurrentSessionId();
  if (sessionId) await endSession(sessionId);
  await signOut({ redirectTo: "/" });
}

/** Ends this person's sessions on every device, this one included; one whose session has ended is sent to sign in. */
export async function signOutEverywhereAction(): Promise<void> {
  accepted();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath("/account"));
  await signOutEverywhere(actor);
  await signOut({ redirectTo: "/sign-in" });
}

/** The name the person asking is shown by. */
export async function changeNameAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const parsed = nameChangeSchema.safeParse({ name: form.get("name") ?? undefined });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: sentValues(form) };
  await changeOwnName(actor, parsed.data.name);
  revalidatePath("/account");
  return { ok: true, message: parsed.data.name ? "Name saved." : "Name removed: you are shown by your email address only." };
}

/** A new password for the person asking, given the current one; then every session ends, and they sign in again. */
export async function changePasswordAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const actor = await getCurrentActor();
  if (!actor) return refused(SIGNED_OUT);
  const parsed = passwordChangeSchema.safeParse({ current: form.get("current") ?? undefined, password: form.get("password") ?? undefined, confirm: form.get("confirm") ?? undefined });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  try {
    await changeOwnPassword(actor, parsed.data, (await cookies()).get(KNOWN_BROWSER_COOKIE)?.value);
  } catch (error) {
    if (error instanceof UserError) return { errors: { [error.field]: [error.message] } };
    throw error;
  }
  (await cookies()).set(PASSWORD_CHANGED_COOKIE, "1", { maxAge: 60, httpOnly: true, sameSite: "lax", path: "/sign-in" });
  await signOut({ redirectTo: "/sign-in" });
  return {};
}
