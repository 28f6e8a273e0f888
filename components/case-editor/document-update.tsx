"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { CaseStatus } from "@/lib/case/schema";
import type { DocumentUpdatePreview } from "@/lib/history/document-update";
import { countOf } from "@/lib/plain-text";
import { FieldErrors, SentValues, type ActionState } from "../action-form";
import { RevisionDiff } from "../revision-diff";
import { TextAreaField } from "../user-fields";
import { WaiveField } from "../waive-field";
import { DocumentField } from "./document-field";
import { ErrorSummary } from "./editor-messages";
import { useFocusAfterChange } from "./use-focus-after-change";
import { useLiveForm } from "./use-live-form";

type State = ActionState & { round?: number; preview?: DocumentUpdatePreview };
type Props = { action: (state: State, form: FormData) => Promise<State>; editorHref: string };

const button = "rounded bg-teal-800 px-4 py-2 font-semibold text-white disabled:opacity-60";

/** A corrected City Case Description read against the case: what it changes, then the case replaced with it, on purpose. */
export function DocumentUpdate({ action, editorHref }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const { preview } = state;
  useFocusAfterChange(state.errors ? "error-summary" : state.message || preview ? "update-outcome" : undefined, String(state.round ?? 0));
  const formRef = useLiveForm();
  return (
    <div className="space-y-8">
      <ErrorSummary errors={state.errors} lead="Nothing was saved. Correct these and try again:" />
      {state.message ? <p id="update-outcome" role="status" tabIndex={-1} className="max-w-prose rounded border-l-4 border-teal-700 bg-teal-50 p-3">{state.message}</p> : null}
      <section aria-labelledby="document-title" className="max-w-prose space-y-3 rounded border border-stone-300 p-4">
        <h2 id="document-title" className="text-xl">The corrected document</h2>
        <p>Upload the Markdown file, or paste its text. You will see what it changes before anything is saved.</p>
        <form ref={formRef} action={formAction} encType="multipart/form-data" className="space-y-3" aria-busy={pending}>
          <DocumentField serverErrors={state.errors?.document} />
          <button type="submit" name="intent" value="read" disabled={pending} className={button}>{preview ? "Read another document" : "Read the document"}</button>
        </form>
      </section>
      {preview ? (
        <FieldErrors.Provider value={state.errors}>
          <SentValues.Provider value={state.values}>
            <Preview preview={preview} formAction={formAction} pending={pending} editorHref={editorHref} hasOutcome={!!state.message} />
          </SentValues.Provider>
        </FieldErrors.Provider>
      ) : null}
    </div>
  );
}

function Preview({ preview, formAction, pending, editorHref, hasOutcome }: { preview: DocumentUpdatePreview; formAction: (form: FormData) => void; pending: boolean; editorHref: string; hasOutcome: boolean }) {
  // Focused after a read (unless an outcome above says more): where the answer is.
  const outcomeId = hasOutcome ? undefined : "update-outcome";
  if (preview.isSame) {
    return <p id={outcomeId} tabIndex={-1} role="status" className="max-w-prose font-semibold">The document holds what the case holds now (version {preview.version}): there is nothing to update.</p>;
  }
  return (
    <section aria-labelledby="preview-title" className="space-y-6">
      <h2 id="preview-title" className="text-xl">What the document changes</h2>
      <p id={outcomeId} tabIndex={-1} role="status" className="max-w-prose">
        Read against version {preview.version}. Replacing the case with it saves version {preview.version + 1}; every earlier version stays in the history.
        {preview.status === "published" ? " The case is published: its public page shows the new version at once." : " The case stays a draft."}
        {" "}The editors’ note, the case’s address and its city’s and policy area’s records stay as they are.
      </p>
      <Warnings preview={preview} />
      <RevisionDiff blocks={preview.blocks} />
      <form action={formAction} className="max-w-prose space-y-4" aria-busy={pending}>
        <input type="hidden" name="text" value={preview.text} />
        <input type="hidden" name="expectedVersion" value={preview.version} />
        <input type="hidden" name="expectedStatus" value={preview.status} />
        <ReplaceFields preview={preview} />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" name="intent" value="replace" disabled={pending} className={button}>Replace the case with this document</button>
          <Link href={editorHref}>Cancel, back to the case</Link>
        </div>
      </form>
    </section>
  );
}

/** Lines the importer could not place, and serious problems the document brings: seen before the case is replaced. */
function Warnings({ preview: { warnings, problems, status } }: { preview: DocumentUpdatePreview }) {
  if (!warnings.length && !problems.length) return null;
  return (
    <div className="max-w-prose space-y-3 rounded border border-amber-700 bg-amber-50 p-4">
      {warnings.length ? (
        <>
          <h3 className="font-semibold">What the importer set aside ({countOf(warnings.length, "passage")})</h3>
          <ul className="list-disc pl-5">{warnings.map((w, i) => <li key={i}>Line {w.line}: {w.message}</li>)}</ul>
        </>
      ) : null}
      {problems.length ? (
        <>
          <h3 className="font-semibold">{status === "published" ? "Serious problems it would put on the public page" : "Serious problems it brings (to mend before the case is published)"}</h3>
          <ul className="list-disc pl-5">{problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
        </>
      ) : null}
    </div>
  );
}

function ReplaceFields({ preview }: { preview: DocumentUpdatePreview }) {
  const mayWaive = preview.status === "published" && preview.problems.length > 0;
  return (
    <>
      {mayWaive ? <WaiveField id="f-waive" label={`Replace despite ${countOf(preview.problems.length, "new serious problem")}`}
        hint="The case is published: they would be on its public page at once. The reason below is kept with the change." /> : null}
      <TextAreaField id="f-reason" name="reason" rows={3}
        label={mayWaive ? "What was corrected? (required to replace despite the problems)" : "What was corrected? (optional)"}
        hint="Kept in the history with the new version, after “Updated from a corrected document”." />
    </>
  );
}
