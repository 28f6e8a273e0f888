"use client";

import { useField } from "./editor-context";

/** The note on what changed, and Save. The note belongs to one save: a new saved version starts it afresh. */
export function SaveBar({ isNew, pending, error, savedVersion, note }: { isNew: boolean; pending: boolean; error?: string[]; savedVersion?: number; note?: string }) {
  const { id, errorId } = useField("message");
  return (
    // One row, also on a phone: the bar stays in view, so it takes as little of a small screen as it can.
    <div data-save-bar className="sticky bottom-0 flex flex-row items-end gap-2 border-t-2 border-stone-400 bg-stone-50 p-2 sm:gap-3 sm:p-4 print:hidden">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium sm:text-base">What changed (optional, kept with the revision)</label>
        {error?.length ? <p id={errorId} className="text-sm font-semibold text-red-800">{error.join(". ")}</p> : null}
        <input key={savedVersion} id={id} name="message" defaultValue={note} maxLength={500} aria-describedby={errorId} className="rounded border border-stone-500 bg-white px-3 py-2" />
      </div>
      <button type="submit" name="intent" value="save" disabled={pending} className="shrink-0 rounded bg-teal-800 px-4 py-2 font-semibold text-white disabled:opacity-60 sm:px-5">
        {pending ? "Saving…" : isNew ? "Save draft" : "Save"}
      </button>
    </div>
  );
}
