"use client";

import Link from "next/link";
import { ActionForm, type ActionState } from "./action-form";
import { TextAreaField } from "./user-fields";
import { WaiveField } from "./waive-field";
import { countOf } from "@/lib/plain-text";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  caseId: number; version: number; currentVersion: number;
  /** New serious problems the restore would put on the public page: waived on purpose, with the reason. */
  newProblems: number;
  historyHref: string;
};

/** The restore, confirmed: why (kept in the history), and for a published case any problems it brings, waived knowingly. */
export function RestoreForm({ action, caseId, version, currentVersion, newProblems, historyHref }: Props) {
  return (
    <ActionForm action={action} idPrefix="restore" className="max-w-prose space-y-4">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="expectedVersion" value={currentVersion} />
      {newProblems > 0 ? <WaiveField id="restore-waive" label={`Restore despite ${countOf(newProblems, "new serious problem")}`}
        hint="The case is published: they would be on its public page at once. The reason below is kept with the change." /> : null}
      <TextAreaField id="restore-reason" name="reason" rows={3}
        label={newProblems > 0 ? "Why restore it? (required to restore despite the problems)" : "Why restore it? (optional)"}
        hint={`Kept in the history with the new version, after “Restored version ${version}”.`} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-semibold text-white">Restore version {version}</button>
        <Link href={historyHref}>Cancel, back to the history</Link>
      </div>
    </ActionForm>
  );
}
