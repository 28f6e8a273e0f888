import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DocumentUpdate } from "@/components/case-editor/document-update";
import { caseDocumentName } from "@/lib/case/case-name";
import { caseIs } from "@/lib/case/workflow";
import { caseIdSchema, editableCaseMetadata, loadEditableCase, mayChange, orForbidden } from "../editable-case";
import { updateFromDocumentAction } from "./actions";
import { updatePath } from "./update-state";

type Props = { params: Promise<{ id: string }> };

const load = (id: number) => loadEditableCase(id, updatePath(id));

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return editableCaseMetadata(params, updatePath, (_, editable) => `Update ${caseDocumentName(editable.document)} from a corrected document`);
}

/**
 * A corrected City Case Description over the case, as the command line's import does: read and compared first, then
 * saved as a new version on purpose. Its own page: what is typed in the case's editor stays there (kept in the
 * browser, and offered again over the new version).
 */
export default async function UpdateFromDocumentPage({ params }: Props) {
  await connection();
  const id = caseIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { actor, editable } = await orForbidden(() => load(id.data));
  if (!editable) notFound();
  const editorHref = `/edit/cases/${editable.id}`;
  return (
    <div className="space-y-6">
      <header className="max-w-prose space-y-3">
        <h1>Update {caseDocumentName(editable.document)} from a corrected document</h1>
        <p><Link href={editorHref}>Back to the case</Link></p>
        <p>
          The document replaces the case’s content (version {editable.version}), as the command line’s import does. Its city, policy area and focus
          must be this case’s.
        </p>
      </header>
      {mayChange(actor, editable.status)
        ? <DocumentUpdate action={updateFromDocumentAction.bind(null, editable.id)} editorHref={editorHref} />
        : <p className="max-w-prose rounded border-l-4 border-stone-600 bg-stone-100 p-3">This case is {caseIs(editable.status)}: as a city editor you can change drafts only. An ekip editor can move it back to draft.</p>}
    </div>
  );
}
