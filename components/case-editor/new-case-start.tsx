"use client";

import { useState } from "react";
import type { EditorChoices } from "@/db/case-editor";
import type { EditorState } from "@/lib/editor/editor-state";
import { DOCUMENT_EMPTY, DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES, PASTED_TOO_LARGE } from "@/lib/form-limits";
import { EditorContext } from "./editor-context";
import { ErrorSummary } from "./editor-messages";
import { useFocusAfterChange } from "./use-focus-after-change";
import { useLiveForm } from "./use-live-form";
import { SelectField } from "./fields";

const control = "w-full rounded border border-stone-500 bg-white px-3 py-2";
const button = "rounded bg-teal-800 px-4 py-2 font-semibold text-white disabled:opacity-60";

type Props = { state: EditorState; formAction: (form: FormData) => void; pending: boolean; choices: EditorChoices };

/**
 * A file too large is refused before it is sent (a form over 4 MB would be answered 413, without the page's words):
 * the reason, or none. An empty one would arrive as no file at all: it is taken off the field, which says why, so
 * that text pasted instead can still be read.
 */
function refuseFile(input: HTMLInputElement): string | null {
  const file = input.files?.[0];
  if (file && file.size === 0) {
    input.value = "";
    input.setCustomValidity("");
    return DOCUMENT_EMPTY;
  }
  const reason = file && file.size > MAX_DOCUMENT_BYTES ? DOCUMENT_TOO_LARGE : null;
  input.setCustomValidity(reason ?? "");
  input.reportValidity();
  return reason;
}

/**
 * Pasted text too long is refused before it is sent, and stays in the field: over 4 MB the form would be answered
 * 413, without the page's words, and the page would come back empty.
 */
function refuseLongText(area: HTMLTextAreaElement): boolean {
  const isTooLarge = area.value.length > MAX_DOCUMENT_BYTES;
  area.setCustomValidity(isTooLarge ? PASTED_TOO_LARGE : "");
  return isTooLarge;
}

export function NewCaseStart({ state, formAction, pending, choices }: Props) {
  // Said beside the field too, where the server's refusals are, and not only in the browser's passing bubble.
  const [fileRefused, setFileRefused] = useState<string | null>(null);
  const [isTooLong, setTooLong] = useState(false);
  const refusedHere = [...(fileRefused ? [fileRefused] : []), ...(isTooLong ? [PASTED_TOO_LARGE] : [])];
  const error = refusedHere.length ? refusedHere : state.errors?.document;
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
            {/* The error summary's link lands here, on both ways to give the document: a named group, with the error said. */}
            <div id="f-document" tabIndex={-1} role="group" aria-label="The document: a file, or its text" aria-describedby={error?.length ? "f-document-error" : undefined} className="space-y-3">
              {error?.length ? <p id="f-document-error" className="font-semibold text-red-800"><span className="sr-only">Error: </span>{error.join(". ")}</p> : null}
              <div className="flex flex-col gap-1">
                <label htmlFor="import-file" className="font-medium">Markdown file (.md, up to 200 kB)</label>
                <input id="import-file" name="file" type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" aria-describedby={error?.length ? "f-document-error" : undefined}
                  onChange={(event) => setFileRefused(refuseFile(event.currentTarget))} />
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="import-text" className="font-medium">Or paste the text</label>
                <textarea id="import-text" name="text" rows={8} className={control} aria-describedby={error?.length ? "f-document-error" : undefined}
                  onChange={(event) => {
                    setTooLong(refuseLongText(event.currentTarget));
                    // Text pasted instead of the empty file: that file's word is said.
                    setFileRefused((refused) => (refused === DOCUMENT_EMPTY ? null : refused));
                  }} />
              </div>
            </div>
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
