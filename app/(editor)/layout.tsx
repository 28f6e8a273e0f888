import type { ReactNode } from "react";
import { IDLE_SECONDS } from "@/auth.config";
import { EditorNav, type EditorLink } from "@/components/editor-nav";
import { SessionKeeper } from "@/components/session-keeper";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can, type Actor } from "@/lib/auth/roles";

/** The editors' pages a person may open, in the order of their work. */
function linksFor(actor: Actor): EditorLink[] {
  const links: EditorLink[] = [];
  if (can(actor, "cases:edit", actor.cityIds[0])) links.push({ href: "/edit", label: "Cases to edit" }, { href: "/edit/cases/new", label: "New case" }, { href: "/edit/quality", label: "Quality" });
  if (can(actor, "catalog:manage")) links.push({ href: "/edit/organisations", label: "Organisations" }, { href: "/edit/cities", label: "City catalog" }, { href: "/edit/policy-areas", label: "Policy area catalog" });
  if (can(actor, "users:manage")) links.push({ href: "/admin/users", label: "People and roles" });
  if (can(actor, "audit:read")) links.push({ href: "/admin/audit", label: "Audit log" });
  return links;
}

/** Signed in, every editors' page starts with where else they can go. (The sign-in page is outside: app/(sign-in).) */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <>
      {actor ? <EditorNav links={linksFor(actor)} email={actor.email} /> : null}
      {actor ? <SessionKeeper idleSeconds={IDLE_SECONDS} /> : null}
      {children}
    </>
  );
}
