"use client";

import { useEffect, useState } from "react";
import { readKeptDraft } from "@/lib/editor/kept-drafts";

/**
 * Where the editor is not shown (a city editor's case out of draft): says that changes typed in this
 * browser and not saved are still kept, and when they will be offered again.
 */
export function KeptEditsNotice({ storageKey }: { storageKey: string }) {
  const [hasKept, setHasKept] = useState(false);
  useEffect(() => setHasKept(readKeptDraft(localStorage, storageKey) !== null), [storageKey]);
  if (!hasKept) return null;
  return (
    <p role="status" className="rounded border-l-4 border-amber-700 bg-amber-50 p-3">
      Changes to this case that you typed in this browser were not saved. They are kept here, and offered again when the case is back to draft.
    </p>
  );
}
