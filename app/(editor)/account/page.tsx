import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ROLE_LABELS, can } from "@/lib/auth/roles";
import { SignOutForms } from "@/components/account/sign-out-forms";
import { signOutAction, signOutEverywhereAction } from "./actions";
import { signInPath } from "@/lib/auth/sign-in-path";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  await connection();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath("/account"));
  return (
    <div className="space-y-6">
      <h1>Your account</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Email</dt>
        <dd>{actor.email}</dd>
        <dt className="font-medium">Role</dt>
        <dd>{ROLE_LABELS[actor.role]}</dd>
      </dl>
      <p><Link href="/edit">Cases to edit</Link></p>
      {can(actor, "catalog:manage") ? (
        <nav aria-label="Catalog">
          <ul className="list-disc pl-5">
            <li><Link href="/edit/cities">Cities</Link></li>
            <li><Link href="/edit/policy-areas">Policy areas</Link></li>
            <li><Link href="/edit/organisations">Organisations</Link></li>
          </ul>
        </nav>
      ) : null}
      {can(actor, "users:manage") ? (
        <nav aria-label="Administration">
          <ul className="list-disc pl-5">
            <li><Link href="/admin/users">People and roles</Link></li>
            <li><Link href="/admin/audit">Audit log</Link></li>
          </ul>
        </nav>
      ) : null}
      <SignOutForms userId={actor.id} signOut={signOutAction} signOutEverywhere={signOutEverywhereAction} />
    </div>
  );
}
