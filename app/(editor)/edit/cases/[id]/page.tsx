import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArrivalMessage } from "@/components/arrival-message";
import { CaseEditor } from "@/components/case-editor/case-editor";
import { ForgetKeptCopy } from "@/components/case-editor/forget-kept-copy";
import { KeptEditsNotice } from "@/components/case-editor/kept-edits-notice";
import { UnsavedEditsProvider } from "@/components/case-editor/unsaved-edits";
import { CaseStatusForm } from "@/components/case-status-form";
import { FormattedDate } from "@/components/formatted-date";
import { LastStatusChange } from "@/components/status-change-list";
import { listEditorChoices } from "@/db/case-editor";
import { keptDraftKey, keptTabSchema, tabCopyKey } from "@/lib/editor/kept-drafts";
import { allowedTransitions, caseIs } from "@/lib/case/workflow";
import { checkCase } from "@/lib/quality/check-case";
import { editCaseAction } from "../actions";
import { updatePath } from "./update/update-state";
import { changeStatusAction } from "../status-actions";
import { caseIdSchema, editableCaseMetadata, loadEditableCase, mayChange, orForbidden } from "./editable-case";
import { caseDocumentName } from "@/lib/case/case-name";
import type { CaseDocument, CaseStatus } from "@/lib/case/schema";
import { historyPath } from "@/lib/history/restore";
import { can } from "@/lib/auth/roles";
import { addressPath } from "@/lib/case/address";


/** The page's heading and title: a case shown read only says so, not "Edit". */
const pageHeading = (c: CaseDocument, status: CaseStatus, canEdit: boolean) =>
  canEdit ? `Edit ${caseDocumentName(c)}` : `${caseDocumentName(c)} (${caseIs(status)}: read only)`;

/** One read for the page and its title. */
const editorPath = (id: number) => `/edit/cases/${id}`;
const load = (id: number) => loadEditableCase(id, editorPath(id));

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return editableCaseMetadata(params, editorPath, (actor, editable) => pageHeading(editable.document, editable.status, mayChange(actor, editable.status)));
}

export default async function EditCasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; kept?: string; updated?: string }> }) {
  await connection();
  const id = caseIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { actor, editable } = await orForbidden(() => load(id.data));
  if (!editable) notFound();
  const { document: c, status, version } = editable;
  const choices = await listEditorChoices(actor);
  const problems = checkCase(c, choices.known);
  const canEdit = mayChange(actor, status);
  // Said on the page the new case opens on, until anything changes it (the address keeps ?created=1).
  const { created, kept, updated } = await searchParams;
  const isCreated = created === "1" && version === 1 && status === "draft";
  // The tab that created it kept the new case's text as "a new case": it is this case now.
  const createdFrom = isCreated ? keptTabSchema.safeParse(kept).data : undefined;
  const storageKey = keptDraftKey(actor.id, editable.id);
  return (
    <div className="space-y-6">
      <h1>{pageHeading(c, status, canEdit)}</h1>
      <p>
        Version {version}, last updated <FormattedDate value={c.updatedAt!} />.{" "}
        <Link href={`/edit/cases/${editable.id}/preview`}>Preview</Link>
        {" "}· <Link href={historyPath(editable.id)}>History of this case</Link>
        {canEdit ? <> · <Link href={updatePath(editable.id)}>Update from a corrected document</Link></> : null}
        {can(actor, "cases:address", editable.cityId) ? <> · <Link href={addressPath(editable.id)}>Change its address</Link></> : null}
        {status === "published" ? <> · <Link href={`/cases/${c.slug}`}>Public page</Link></> : null}
        {" "}· <Link href="/edit">All cases</Link>
      </p>
      {isCreated ? <ArrivalMessage>Draft created as version 1.</ArrivalMessage> : null}
      {/* Said on the page an update from a document opens on, while that is the newest version. */}
      {updated === String(version) ? <ArrivalMessage>Updated from the corrected document as version {version}.</ArrivalMessage> : null}
      {createdFrom ? <ForgetKeptCopy storageKey={tabCopyKey(keptDraftKey(actor.id, "new"), createdFrom)} /> : null}
      <UnsavedEditsProvider>
        <CaseStatusForm action={changeStatusAction} caseId={editable.id} version={version} status={status} lastChange={<LastStatusChange change={editable.lastStatusChange} />}
          allowed={allowedTransitions(actor, status, editable.cityId)} seriousProblems={problems.filter((p) => p.severity === "serious").length} besideEditor={canEdit} />
        {canEdit ? null : (
          <>
            <p className="rounded border-l-4 border-stone-600 bg-stone-100 p-3">This case is {caseIs(status)}: as a city editor you can change drafts only. An ekip editor can move it back to draft.</p>
            <KeptEditsNotice storageKey={storageKey} />
          </>
        )}
        {/* Always here, in the same place: a save refused because the case left draft is answered by it, with or without JavaScript. */}
        <CaseEditor action={editCaseAction.bind(null, editable.id)} initial={{ draft: c, version, round: 0, problems }} status={status} choices={choices} storageKey={storageKey} isNew={false} locked={!canEdit} />
      </UnsavedEditsProvider>
    </div>
  );
}
