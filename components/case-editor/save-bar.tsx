"use client";

import { useField } from "./editor-context";

/** The note on what changed, and Save. The note belongs to one save: a new saved version starts it afresh. */
export function SaveBar({ isNew, pending, error, savedVersion, note }: { isNew: boolean; pending: boolean; error?: string[]; savedVersion?: number; note?: string }) {
  const { id, errorId } = useField("message");
  return (
    <div className="sticky bottom-0 flex flex-col gap-3 border-t-2 border-stone-400 bg-stone-50 p-4 sm:flex-row sm:items-end print:hidden">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor={id} className="font-medium">What changed (optional, kept with the revision)</label>
        {error?.length ? <p id={errorId} className="text-sm font-semibold text-red-800">{error.join(". ")}</p> : null}
        <input key={savedVersion} id={id} name="message" defaultValue={note} maxLength={500} aria-describedby={errorId} className="rounded border border-stone-500 bg-white px-3 py-2" />
      </div>
      <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-teal-800 px-5 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Saving…" : isNew ? "Save draft" : "Save"}
      </button>
    </div>
  );
}
