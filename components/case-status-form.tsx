"use client";

import type { CaseStatus } from "@/lib/case/schema";
import { STATUS_LABELS, TRANSITIONS } from "@/lib/case/workflow";
import { ActionForm, type ActionState } from "./action-form";
import { countOf } from "@/lib/plain-text";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  caseId: number;
  version: number;
  status: CaseStatus;
  allowed: CaseStatus[];
  seriousProblems: number;
};

/** The workflow buttons this person may use on this case, with the reason to give when publishing despite serious problems. */
export function CaseStatusForm({ action, caseId, version, status, allowed, seriousProblems }: Props) {
  return (
    <section aria-labelledby="status-title" className="space-y-3 rounded border border-stone-300 p-4">
      <h2 id="status-title" className="text-xl">Status: {STATUS_LABELS[status]}</h2>
      {allowed.length === 0 ? <p>You cannot change the status of this case.</p> : (
        <ActionForm action={action} idPrefix="status" className="space-y-3">
          <input type="hidden" name="caseId" value={caseId} />
          <input type="hidden" name="expectedVersion" value={version} />
          {allowed.includes("published") && seriousProblems > 0 ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="status-waiver" className="font-medium">Reason for publishing despite {countOf(seriousProblems, "serious problem")}</label>
              <p id="status-waiver-hint" className="text-sm text-stone-700">Only to publish before they are fixed; the reason is kept in the audit log.</p>
              <textarea id="status-waiver" name="waiver" rows={2} aria-describedby="status-waiver-hint" className="rounded border border-stone-500 px-3 py-2" />
            </div>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {allowed.map((to) => (
              <button key={to} type="submit" name="to" value={to} className={to === "published" ? "rounded bg-teal-800 px-4 py-2 font-semibold text-white" : "rounded border border-stone-600 bg-white px-4 py-2"}>
                {TRANSITIONS[to].label}
              </button>
            ))}
          </div>
        </ActionForm>
      )}
    </section>
  );
}
