import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ActionForm } from "@/components/action-form";
import { SignOutForms } from "@/components/account/sign-out-forms";
import { TextField } from "@/components/user-fields";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { MIN_PASSWORD } from "@/lib/auth/password";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { signInPath } from "@/lib/auth/sign-in-path";
import { findOwnName } from "@/db/users";
import { changeNameAction, changePasswordAction, signOutAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

/** Who is signed in, their password, and signing out (the editors' pages are listed above, on every page). */
export default async function AccountPage() {
  await connection();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath("/account"));
  const name = await findOwnName(actor);
  return (
    <div className="space-y-8">
      <h1>Your account</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Email</dt>
        <dd>{actor.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd>{ROLE_LABELS[actor.role]}</dd>
      </dl>
      <section aria-labelledby="name-title" className="max-w-md space-y-3">
        <h2 id="name-title" className="text-xl">Your name</h2>
        <p>Shown beside your email address to the administrators; leave it empty to be shown by your email address only.</p>
        <ActionForm action={changeNameAction} idPrefix="name" className="space-y-3">
          <TextField id="name-name" name="name" label="Name" autoComplete="name" defaultValue={name} />
          <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-semibold text-white">Save name</button>
        </ActionForm>
      </section>
      <section aria-labelledby="password-title" className="max-w-md space-y-3">
        <h2 id="password-title" className="text-xl">Change your password</h2>
        <p>Once it is changed, every session ends, this one too: sign in again with the new password.</p>
        <ActionForm action={changePasswordAction} idPrefix="password" className="space-y-3">
          <TextField id="password-current" name="current" label="Current password" type="password" autoComplete="current-password" />
          <TextField id="password-password" name="password" label={`New password (at least ${MIN_PASSWORD} characters)`} type="password" autoComplete="new-password" />
          <TextField id="password-confirm" name="confirm" label="New password again" type="password" autoComplete="new-password" />
          <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-semibold text-white">Change password</button>
        </ActionForm>
      </section>
      <SignOutForms userId={actor.id} signOut={signOutAction} signOutEverywhere={signOutEverywhereAction} />
    </div>
  );
}
