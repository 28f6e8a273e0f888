"use client";

import type { ReactNode } from "react";
import { fieldId } from "@/lib/editor/field-labels";
import { useField } from "./editor-context";

const button = "rounded border border-stone-600 bg-white px-2 py-1 text-sm hover:bg-stone-100 aria-disabled:opacity-60";

/** A button that changes a list: handled in the browser with JavaScript, by the server without. */
function ListButton({ intent, label, detail, noun, isDisabled = false }: { intent: string; label: string; detail: string; noun: string; isDisabled?: boolean }) {
  const { autoFocus } = useField(intent);
  return (
    <button type="submit" name="intent" value={intent} id={fieldId(intent)} formNoValidate data-noun={noun} autoFocus={autoFocus} aria-disabled={isDisabled || undefined} aria-label={`${label}: ${detail}`} className={button}>
      {label}
    </button>
  );
}

/**
 * `isField`: the entry is one value (a challenge's text) whose own field takes the entry's id, focus and error,
 * so that its label names it; the group then keeps an id of its own.
 */
function Entry({ path, legend, isField, children }: { path: string; legend: string; isField: boolean; children: ReactNode }) {
  const { autoFocus, errorId } = useField(path);
  const own = isField ? { id: `${fieldId(path)}-entry` } : { id: fieldId(path), autoFocus, "aria-describedby": errorId };
  return (
    <fieldset {...own} tabIndex={-1} className="space-y-3 rounded border border-stone-300 p-3">
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * An editable list: each entry with Move up, Move down and Remove, then Add. Buttons keep their
 * keyboard focus on the entry that moved.
 */
export function EntryList<T>({ list, entries, noun, children }: { list: string; entries: T[]; noun: string; children: (entry: T, path: string, index: number) => ReactNode }) {
  const { id, error, errorId } = useField(list);
  return (
    // The error summary's link to a problem of the whole list ("At most 100 methods") lands here.
    <div id={id} tabIndex={-1} className="space-y-3">
      {error?.length ? <p id={errorId} className="font-semibold text-red-800">{error.join(". ")}</p> : null}
      {entries.length === 0 ? <p className="text-stone-700">No {noun}s yet.</p> : null}
      <ol className="space-y-3">
        {entries.map((entry, i) => {
          const path = `${list}.${i}`;
          const which = `${noun} ${i + 1}`;
          return (
            <li key={i}>
              <Entry path={path} legend={which.charAt(0).toUpperCase() + which.slice(1)} isField={typeof entry !== "object"}>
                {children(entry, path, i)}
                <div className="flex flex-wrap gap-2">
                  <ListButton intent={`up:${path}`} label="Move up" detail={which} noun={noun} isDisabled={i === 0} />
                  <ListButton intent={`down:${path}`} label="Move down" detail={which} noun={noun} isDisabled={i === entries.length - 1} />
                  {/* Apart from the moves, at the far end: a thumb meant for "Move down" does not land on it. */}
                  <span className="ml-auto pl-6">
                    <ListButton intent={`remove:${path}`} label="Remove" detail={which} noun={noun} />
                  </span>
                </div>
              </Entry>
            </li>
          );
        })}
      </ol>
      <ListButton intent={`add:${list}`} label={`Add ${noun}`} detail="at the end of the list" noun={noun} />
    </div>
  );
}
