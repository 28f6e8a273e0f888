"use client";

import Link from "next/link";
import { useContext } from "react";
import type { CaseStatus } from "@/lib/case/schema";
import { countOf } from "@/lib/plain-text";
import { ActionForm, FieldErrors, type ActionState } from "./action-form";
import { TextAreaField } from "./user-fields";
import { WaiveField } from "./waive-field";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  caseId: number; version: number; currentVersion: number; status: CaseStatus;
  /** New serious problems the restore would put on the public page: waived on purpose, with the reason. */
  newProblems: number;
  historyHref: string;
};

/** The restore, confirmed: why (kept in the history), and for a published case any problems it brings, waived knowingly. */
export function RestoreForm({ action, caseId, version, currentVersion, status, newProblems, historyHref }: Props) {
  return (
    <ActionForm action={action} idPrefix="restore" className="max-w-prose space-y-4">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="expectedVersion" value={currentVersion} />
      <input type="hidden" name="expectedStatus" value={status} />
      <RestoreFields version={version} newProblems={newProblems} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-semibold text-white">Restore version {version}</button>
        <Link href={historyHref}>Cancel, back to the history</Link>
      </div>
    </ActionForm>
  );
}

/** The box to restore despite problems: offered when the page found them, or when the server did (the case changed meanwhile). */
function RestoreFields({ version, newProblems }: { version: number; newProblems: number }) {
  const askedToWaive = !!useContext(FieldErrors)?.waive?.length;
  const mayWaive = newProblems > 0 || askedToWaive;
  return (
    <>
      {mayWaive ? <WaiveField id="restore-waive" label={newProblems > 0 ? `Restore despite ${countOf(newProblems, "new serious problem")}` : "Restore despite the new serious problems"}
        hint="The case is published: they would be on its public page at once. The reason below is kept with the change." /> : null}
      <TextAreaField id="restore-reason" name="reason" rows={3}
        label={mayWaive ? "Why restore it? (required to restore despite the problems)" : "Why restore it? (optional)"}
        hint={`Kept in the history with the new version, after “Restored version ${version}”.`} />
    </>
  );
}
