"use client";

import { useEffect, useState } from "react";
import { readKeptCopies } from "@/lib/editor/kept-drafts";
import { useFocusWhen } from "../use-focus-when";
import { useUnsavedEdits } from "./unsaved-edits";

/**
 * Where the editor is not shown (a city editor's case out of draft): says that changes typed in this
 * browser and not saved are still kept, and when they will be offered again. Shown in place of an editor
 * that had unsaved edits a moment ago (a refused save, or a status change made without them), it takes
 * focus: the button pressed went with the editor.
 */
export function KeptEditsNotice({ storageKey }: { storageKey: string }) {
  const [hasKept, setHasKept] = useState(false);
  const { unsaved } = useUnsavedEdits();
  const [justLeftEditor] = useState(unsaved);
  const ref = useFocusWhen<HTMLParagraphElement>(hasKept && justLeftEditor);
  useEffect(() => setHasKept(readKeptCopies(localStorage, storageKey).length > 0), [storageKey]);
  if (!hasKept) return null;
  return (
    <p ref={ref} tabIndex={-1} className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">
      Changes to this case that you typed in this browser were not saved. They are kept here, and offered again when the case is back to draft.
    </p>
  );
}
