"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/components/action-form";
import { createUser, emailProblem, renameUser, resetPassword, setUserActive, setUserRole, UserError } from "@/db/users";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { passwordSchema } from "@/lib/auth/password";
import { refused } from "@/lib/auth/refusal";
import { can, whyNot, type Actor } from "@/lib/auth/roles";
import { formNumberSchema } from "@/lib/case/schema";
import { nameChangeSchema, newUserSchema, userRoleSchema } from "@/lib/auth/user-schemas";
import { sentValues } from "@/lib/sent-values";
import { sentForm } from "@/lib/action-arguments";


/** Every action here: an admin, or refused (403, nothing changed). */
async function admin(): Promise<{ actor: Actor | null; refusal?: ActionState }> {
  const actor = await getCurrentActor();
  return { actor, refusal: can(actor, "users:manage") ? undefined : refused(whyNot(actor, "users:manage")) };
}

async function run(form: FormData, change: () => Promise<unknown>, done: string): Promise<ActionState> {
  try {
    await change();
  } catch (error) {
    if (error instanceof UserError) return { errors: { [error.field]: [error.message] }, values: sentValues(form) };
    throw error;
  }
  revalidatePath("/admin/users");
  return { ok: true, message: done };
}

export async function createUserAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const { actor, refusal } = await admin();
  if (refusal) return refusal;
  const parsed = newUserSchema.safeParse({
    email: form.get("email"), name: form.get("name") ?? "", role: form.get("role"), citySlugs: form.getAll("citySlugs"), password: form.get("password"),
  });
  if (!parsed.success) {
    const errors: Record<string, string[] | undefined> = z.flattenError(parsed.error).fieldErrors;
    // An address taken is said with the other problems, not after they are mended.
    const email = newUserSchema.shape.email.safeParse(form.get("email"));
    const taken = email.success && !errors.email ? await emailProblem(actor, email.data) : undefined;
    return { errors: taken ? { ...errors, email: [taken] } : errors, values: sentValues(form) };
  }
  return run(form, () => createUser(parsed.data, { by: actor }), `Account created for ${parsed.data.email}.`);
}

export async function changeRoleAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const { actor, refusal } = await admin();
  if (refusal) return refusal;
  const userId = formNumberSchema.safeParse(form.get("userId"));
  const parsed = userRoleSchema.safeParse({ role: form.get("role"), citySlugs: form.getAll("citySlugs") });
  if (!userId.success) return { errors: { user: ["No such account"] } };
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: sentValues(form) };
  return run(form, () => setUserRole(actor, userId.data, parsed.data), "Role saved: that person's sessions ended, so they sign in again, with the new role (what they were typing stays in their browser).");
}

export async function setActiveAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const { actor, refusal } = await admin();
  if (refusal) return refusal;
  const userId = formNumberSchema.safeParse(form.get("userId"));
  const isActive = z.enum(["true", "false"]).safeParse(form.get("isActive"));
  if (!userId.success || !isActive.success) return { errors: { user: ["No such account"] } };
  return run(form, () => setUserActive(actor, userId.data, isActive.data === "true"), isActive.data === "true" ? "Account reactivated." : "Account deactivated: its sessions ended.");
}

export async function resetPasswordAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const { actor, refusal } = await admin();
  if (refusal) return refusal;
  const userId = formNumberSchema.safeParse(form.get("userId"));
  const password = passwordSchema.safeParse(form.get("password"));
  if (!userId.success) return { errors: { user: ["No such account"] } };
  if (!password.success) return { errors: { password: password.error.issues.map((i) => i.message) } };
  return run(form, () => resetPassword(actor, userId.data, password.data), "Password reset: the person's sessions ended, and an account locked by wrong passwords is open again.");
}

export async function renameUserAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  const { actor, refusal } = await admin();
  if (refusal) return refusal;
  const userId = formNumberSchema.safeParse(form.get("userId"));
  const parsed = nameChangeSchema.safeParse({ name: form.get("name") ?? undefined });
  if (!userId.success) return { errors: { user: ["No such account"] } };
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: sentValues(form) };
  return run(form, () => renameUser(actor, userId.data, parsed.data.name), parsed.data.name ? "Name saved." : "Name removed: the person is shown by their email address only.");
}
