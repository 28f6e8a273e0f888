"use client";

import { useContext, useEffect, useState, type MouseEvent, type ReactNode } from "react";
import type { CaseStatus } from "@/lib/case/schema";
import { STATUS_LABELS, STATUS_NOTE_MAX_LENGTH, TRANSITIONS } from "@/lib/case/workflow";
import { ActionForm, SentValues, type ActionState } from "./action-form";
import { useFieldErrors } from "./user-fields";
import { countOf } from "@/lib/plain-text";
import { useUnsavedEdits } from "./case-editor/unsaved-edits";
import { useFocusWhen } from "./use-focus-when";
import { WaiveField } from "./waive-field";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  caseId: number;
  version: number;
  status: CaseStatus;
  /** The latest change of status, said under the heading: a note left for the author is read there. */
  lastChange?: ReactNode;
  allowed: CaseStatus[];
  seriousProblems: number;
  /** The case's editor is below: its unsaved changes are not part of a status change. */
  besideEditor: boolean;
};

/**
 * The workflow buttons this person may use on this case, the last change and its note, and a note for the next
 * (required to publish despite serious problems: it is the reason).
 */
export function CaseStatusForm({ action, caseId, version, status, lastChange, allowed, seriousProblems, besideEditor }: Props) {
  const unsaved = useUnsavedChangeWarning();
  const mayWaive = allowed.includes("published") && seriousProblems > 0;
  return (
    <section aria-labelledby="status-title" className="space-y-3 rounded border border-stone-300 p-4">
      <h2 id="status-title" className="text-xl">Status: {STATUS_LABELS[status]}</h2>
      {lastChange}
      {/* Kept when no change is left to this person (a city editor's case gone to review): it says how the last one went. */}
      <ActionForm action={action} idPrefix="status" className="space-y-3" resetOnSuccess>
        {allowed.length === 0 ? <p>You cannot change the status of this case.</p> : <>
          <input type="hidden" name="caseId" value={caseId} />
          <input type="hidden" name="expectedVersion" value={version} />
          <input type="hidden" name="expectedStatus" value={status} />
          {/* Unticked again on a page that shows another version or status: their problems were not seen when ticked. */}
          {mayWaive ? <WaiveField key={`${version} ${status} ${seriousProblems}`} id="status-waive" label={`Publish despite ${countOf(seriousProblems, "serious problem")}`}
            hint="Only with “Publish”, and only with the reason in the note below: it is kept with the change." /> : null}
          <NoteField isReasonToWaive={mayWaive} />
          {unsaved.warnedFor ? (
            <div ref={unsaved.ref} tabIndex={-1} className="space-y-2 rounded border-l-4 border-amber-700 bg-amber-50 p-3">
              <p>
                The form below has changes you have not saved. “{TRANSITIONS[unsaved.warnedFor].label}” applies to version {version} as saved, without them:
                save them first, or go ahead without them (they stay in the form).
              </p>
              <button type="submit" name="to" value={unsaved.warnedFor} onClick={unsaved.goAhead} className="rounded border border-stone-600 bg-white px-4 py-2">
                {TRANSITIONS[unsaved.warnedFor].label} without them
              </button>
            </div>
          ) : null}
          {besideEditor ? (
            // Without JavaScript nothing can tell whether the form below has changes: the warning is said before.
            <noscript>
              <p className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">
                A status change applies to version {version} as saved and does not save the form below: changes typed there and not saved are lost when the page reloads. Save them first.
              </p>
            </noscript>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {allowed.map((to) => (
              <button key={to} type="submit" name="to" value={to} onClick={(e) => unsaved.check(e, to)} className={to === "published" ? "rounded bg-teal-800 px-4 py-2 font-semibold text-white" : "rounded border border-stone-600 bg-white px-4 py-2"}>
                {TRANSITIONS[to].label}
              </button>
            ))}
          </div>
        </>}
      </ActionForm>
    </section>
  );
}

/** A note kept with the change, in the case's history: why, or what to do next. What was typed is kept after a refusal. */
function NoteField({ isReasonToWaive }: { isReasonToWaive: boolean }) {
  const error = useFieldErrors("status-note", "note");
  const sent = useContext(SentValues)?.note?.[0];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="status-note" className="font-medium">Note with the change (optional)</label>
      <p id="status-note-hint" className="text-sm text-stone-700">
        Kept in the case’s history and shown on this page: what to fix, or what was decided.
        {isReasonToWaive ? " Required to publish despite the serious problems (box above): the reason." : null}
      </p>
      {error.message}
      <textarea id="status-note" name="note" rows={2} defaultValue={sent} maxLength={STATUS_NOTE_MAX_LENGTH} aria-invalid={error.invalid}
        aria-describedby={["status-note-hint", error.describedBy].filter(Boolean).join(" ")} className="rounded border border-stone-500 px-3 py-2 aria-invalid:border-2 aria-invalid:border-red-700" />
    </div>
  );
}

/**
 * A status change with unsaved edits in the editor below applies to the saved version only: the first press
 * says so and does nothing; a second press of the same button, or the warning's own button, goes ahead.
 */
function useUnsavedChangeWarning() {
  const { unsaved } = useUnsavedEdits();
  const [warned, setWarned] = useState<CaseStatus | null>(null);
  // Gone ahead once without the edits: a retry (a refused publish, say) is not warned about again, until a save.
  const [acknowledged, setAcknowledged] = useState(false);
  const ref = useFocusWhen<HTMLDivElement>(warned);
  // Saved since the warning: the next unsaved edits are warned about afresh.
  useEffect(() => {
    if (unsaved) return;
    setWarned(null);
    setAcknowledged(false);
  }, [unsaved]);
  // Pressed again (or "… without them"): the change goes ahead, and the warning has done its work. Only after
  // the click: a button taken out of the page before its click's default action submits nothing.
  const goAhead = () => setTimeout(() => {
    setWarned(null);
    setAcknowledged(true);
  }, 0);
  const check = (event: MouseEvent<HTMLButtonElement>, to: CaseStatus) => {
    if (!unsaved) return;
    if (acknowledged || warned === to) return goAhead();
    event.preventDefault();
    setWarned(to);
  };
  return { warnedFor: unsaved ? warned : null, check, goAhead, ref };
}
