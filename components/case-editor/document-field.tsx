"use client";

import { useState } from "react";
import { DOCUMENT_EMPTY, DOCUMENT_TOO_LARGE, MAX_DOCUMENT_BYTES, PASTED_TOO_LARGE } from "@/lib/form-limits";

const control = "w-full rounded border border-stone-500 bg-white px-3 py-2";

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

/** The document to read, as a file or its text pasted: one field on the page ("document"), with what is wrong said beside it. */
export function DocumentField({ serverErrors }: { serverErrors?: string[] }) {
  // Said beside the field too, where the server's refusals are, and not only in the browser's passing bubble.
  const [fileRefused, setFileRefused] = useState<string | null>(null);
  const [isTooLong, setTooLong] = useState(false);
  const refusedHere = [...(fileRefused ? [fileRefused] : []), ...(isTooLong ? [PASTED_TOO_LARGE] : [])];
  const error = refusedHere.length ? refusedHere : serverErrors;
  // The error summary's link lands here, on both ways to give the document: a named group, with the error said.
  return (
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
  );
}
