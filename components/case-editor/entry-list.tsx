"use client";

import type { ReactNode } from "react";
import { fieldId } from "@/lib/editor/field-labels";
import { useField } from "./editor-context";

const button = "rounded border border-stone-600 bg-white px-2 py-1 text-sm hover:bg-stone-100 aria-disabled:opacity-60";

/** A button that changes a list: handled in the browser with JavaScript, by the server without. */
function ListButton({ intent, label, detail, isDisabled = false }: { intent: string; label: string; detail: string; isDisabled?: boolean }) {
  const { autoFocus } = useField(intent);
  return (
    <button type="submit" name="intent" value={intent} id={fieldId(intent)} formNoValidate autoFocus={autoFocus} aria-disabled={isDisabled || undefined} aria-label={`${label}: ${detail}`} className={button}>
      {label}
    </button>
  );
}

function Entry({ path, legend, children }: { path: string; legend: string; children: ReactNode }) {
  const { autoFocus, errorId } = useField(path);
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} autoFocus={autoFocus} aria-describedby={errorId} className="space-y-3 rounded border border-stone-300 p-3">
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
  const { error, errorId } = useField(list);
  return (
    <div className="space-y-3">
      {error?.length ? <p id={errorId} className="font-semibold text-red-800">{error.join(". ")}</p> : null}
      {entries.length === 0 ? <p className="text-stone-700">No {noun}s yet.</p> : null}
      <ol className="space-y-3">
        {entries.map((entry, i) => {
          const path = `${list}.${i}`;
          const which = `${noun} ${i + 1}`;
          return (
            <li key={i}>
              <Entry path={path} legend={which.charAt(0).toUpperCase() + which.slice(1)}>
                {children(entry, path, i)}
                <div className="flex flex-wrap gap-2">
                  <ListButton intent={`up:${path}`} label="Move up" detail={which} isDisabled={i === 0} />
                  <ListButton intent={`down:${path}`} label="Move down" detail={which} isDisabled={i === entries.length - 1} />
                  <ListButton intent={`remove:${path}`} label="Remove" detail={which} />
                </div>
              </Entry>
            </li>
          );
        })}
      </ol>
      <ListButton intent={`add:${list}`} label={`Add ${noun}`} detail="at the end of the list" />
    </div>
  );
}
