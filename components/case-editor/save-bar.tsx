"use client";

import { useEffect, useRef } from "react";
import { countOf } from "@/lib/plain-text";
import { useField } from "./editor-context";

/**
 * The bar's height as `--save-bar-height` on the page, which its scroll padding reads (app/globals.css): a field
 * brought into view stops above the bar however tall it grows (on a 320 px phone, 110 px; 170 px with a save's answer).
 */
function useHeightOnPage() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const page = document.documentElement.style;
    const observer = new ResizeObserver(() => page.setProperty("--save-bar-height", `${bar.getBoundingClientRect().height}px`));
    observer.observe(bar);
    return () => {
      observer.disconnect();
      page.removeProperty("--save-bar-height");
    };
  }, []);
  return ref;
}

/** Offered once a save of a published case was refused for the new serious problems it would make public. */
function SaveAnyway({ count }: { count: number }) {
  const { id, error, errorId } = useField("waive");
  return (
    <div className="flex flex-col gap-1 text-sm sm:text-base">
      {error?.length ? <p id={errorId} className="font-semibold text-red-800">{error.join(". ")}</p> : null}
      <p className="flex items-start gap-2">
        <input type="checkbox" id={id} name="waive" value="yes" aria-invalid={error?.length ? true : undefined} aria-describedby={errorId} className="mt-1 size-5 shrink-0" />
        <label htmlFor={id}>Save anyway, with {countOf(count, "new serious problem")} on the public page at once (say why in “What changed”)</label>
      </p>
    </div>
  );
}

export const SAVE_BUTTON = "save-case";

/**
 * The note on what changed, and Save. The note belongs to one save: a new saved version starts it afresh.
 * `said`: the answer to a save that went through, said here, beside Save, where focus stays.
 */
export function SaveBar({ isNew, pending, error, savedVersion, note, gate, said }: { isNew: boolean; pending: boolean; error?: string[]; savedVersion?: number; note?: string; gate?: number; said?: string }) {
  const { id, errorId } = useField("message");
  const ref = useHeightOnPage();
  return (
    // One row, also on a phone: the bar stays in view, so it takes as little of a small screen as it can.
    <div ref={ref} data-save-bar className="sticky bottom-0 flex flex-row [@media(max-height:30rem)]:static items-end gap-2 border-t-2 border-stone-400 bg-stone-50 p-2 sm:gap-3 sm:p-4 print:hidden">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div role="status" className="text-sm font-semibold text-teal-900 sm:text-base">{said ? <p id="editor-message">{said}</p> : null}</div>
        {gate ? <SaveAnyway count={gate} /> : null}
        <label htmlFor={id} className="text-sm font-medium sm:text-base">
          {gate ? "What changed (required to save anyway: the reason, kept with the revision)" : "What changed (optional, kept with the revision)"}
        </label>
        {error?.length ? <p id={errorId} className="text-sm font-semibold text-red-800">{error.join(". ")}</p> : null}
        <input key={savedVersion} id={id} name="message" defaultValue={note} maxLength={500} readOnly={pending} aria-describedby={errorId} className="rounded border border-stone-500 bg-white px-3 py-2" />
      </div>
      {/* aria-disabled, not disabled: a disabled button drops focus to the page while the save is on its way. A
          press meanwhile is passed over by the editor's submit (a second save from the same version would be refused). */}
      <button type="submit" id={SAVE_BUTTON} name="intent" value="save" aria-disabled={pending || undefined} className="shrink-0 rounded bg-teal-800 px-4 py-2 font-semibold text-white aria-disabled:opacity-60 sm:px-5">
        {pending ? "Saving…" : isNew ? "Save draft" : "Save"}
      </button>
    </div>
  );
}
