"use client";

import type { EditorChoices } from "@/db/case-editor";
import type { EditorState } from "@/lib/editor/editor-state";
import { DocumentField } from "./document-field";
import { EditorContext } from "./editor-context";
import { ErrorSummary } from "./editor-messages";
import { useFocusAfterChange } from "./use-focus-after-change";
import { useLiveForm } from "./use-live-form";
import { SelectField } from "./fields";

const button = "rounded bg-teal-800 px-4 py-2 font-semibold text-white disabled:opacity-60";

type Props = { state: EditorState; formAction: (form: FormData) => void; pending: boolean; choices: EditorChoices };

export function NewCaseStart({ state, formAction, pending, choices }: Props) {
  useFocusAfterChange(state.errors ? "error-summary" : undefined, String(state.round ?? 0));
  const formRef = useLiveForm();
  return (
    <EditorContext value={{ errors: state.errors ?? {} }}>
      <div className="space-y-8">
        <ErrorSummary errors={state.errors} lead="Nothing was read or stored. Correct these and try again:" />
        <section aria-labelledby="import-title" className="space-y-3 rounded border border-stone-300 p-4">
          <h2 id="import-title" className="text-xl">From a City Case Description</h2>
          <p>Upload the Markdown file, or paste its text. You will see what was read, with anything the importer could not place, before anything is saved.</p>
          <form ref={formRef} action={formAction} encType="multipart/form-data" className="space-y-3" aria-busy={pending}>
            <DocumentField serverErrors={state.errors?.document} />
            <button type="submit" name="intent" value="import" disabled={pending} className={button}>Read the document</button>
          </form>
        </section>
        <section aria-labelledby="scratch-title" className="space-y-3 rounded border border-stone-300 p-4">
          <h2 id="scratch-title" className="text-xl">From scratch</h2>
          <form action={formAction} className="space-y-3">
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField name="city" label="City" options={[{ value: "", label: "Choose a city" }, ...choices.cities.map((c) => ({ value: c.slug, label: c.name }))]} />
              <SelectField name="policyArea" label="Policy area" options={[{ value: "", label: "Choose a policy area" }, ...choices.policyAreas.map((p) => ({ value: p.slug, label: p.name }))]} />
            </div>
            <button type="submit" name="intent" value="scratch" disabled={pending} className={button}>Start an empty case</button>
          </form>
        </section>
      </div>
    </EditorContext>
  );
}
