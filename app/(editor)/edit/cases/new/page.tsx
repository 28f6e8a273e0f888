import { NewCase } from "@/components/case-editor/new-case";
import { listEditorChoices } from "@/db/case-editor";
import { can, type Actor } from "@/lib/auth/roles";
import { keptDraftKey } from "@/lib/editor/kept-drafts";
import { newCaseAction } from "../actions";
import { readerOf, titleUnlessRefused } from "@/app/(editor)/page-access";

/** Who may read the page: the rest get 403 (readerOf), and its title says so too. */
const mayRead = (actor: Actor) => can(actor, "cases:create", actor.cityIds[0]);

export const generateMetadata = titleUnlessRefused(mayRead, "New case");

export default async function NewCasePage() {
  const actor = await readerOf("/edit/cases/new", mayRead);
  const choices = await listEditorChoices(actor);
  return (
    <div className="space-y-6">
      <h1>New case</h1>
      <NewCase action={newCaseAction} choices={choices} storageKey={keptDraftKey(actor.id, "new")} />
    </div>
  );
}
