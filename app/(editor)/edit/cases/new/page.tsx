import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { NewCase } from "@/components/case-editor/new-case";
import { listEditorChoices } from "@/db/case-editor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can, type Actor } from "@/lib/auth/roles";
import { keptDraftKey } from "@/lib/editor/kept-drafts";
import { newCaseAction } from "../actions";
import { signInPath } from "@/lib/auth/sign-in-path";
import { titleUnlessRefused } from "@/app/(editor)/refused-title";

/** Who may read the page: the rest get 403, and its title says so too. */
const mayRead = (actor: Actor) => can(actor, "cases:create", actor.cityIds[0]);

export const generateMetadata = titleUnlessRefused(mayRead, "New case");

export default async function NewCasePage() {
  await connection();
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath("/edit/cases/new"));
  if (!mayRead(actor)) forbidden();
  const choices = await listEditorChoices(actor);
  return (
    <div className="space-y-6">
      <h1>New case</h1>
      <NewCase action={newCaseAction} choices={choices} storageKey={keptDraftKey(actor.id, "new")} />
    </div>
  );
}
