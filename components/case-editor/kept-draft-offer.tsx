"use client";

import type { ReactNode } from "react";
import { useFocusWhen } from "../use-focus-when";
import type { KeptDraft } from "@/lib/editor/kept-drafts";

/** When the edits were kept, in this person's time, written as the rest of the site writes dates (3 December 2026 at 08:10). */
const KEPT_AT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** Edits found in this browser that were never saved: restore or discard them. */
/** `shownName`, on the new-case page only: the document the form shows now, which kept edits of another would replace (a case's own editor keeps its own edits, whatever focus they name). */
export function KeptDraftOffer({ kept, storedVersion, shownName, onRestore, onDiscard }: { kept: KeptDraft; storedVersion?: number; shownName: string | null; onRestore: () => void; onDiscard: () => void }) {
  const isOlder = kept.version !== undefined && storedVersion !== undefined && kept.version < storedVersion;
  const isOther = kept.name && shownName && kept.name !== shownName;
  return (
    <section aria-labelledby="kept-title" className="space-y-2 rounded border-4 border-sky-800 bg-sky-50 p-4">
      <h2 id="kept-title" className="text-xl">You have edits that were not saved</h2>
      <p>
        This browser kept what you typed{kept.name ? ` for ${kept.name}` : ""} on {KEPT_AT.format(new Date(kept.at))}
        {kept.version ? `, on version ${kept.version}` : ""}.
        {isOlder ? " The case has been saved since then: if you restore and save, you will first be shown what changed." : ""}
        {isOther ? ` That is not the case shown below (${shownName}): restoring replaces it.` : ""}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onRestore} className="rounded bg-sky-900 px-4 py-2 font-semibold text-white">Restore my edits</button>
        <button type="button" onClick={onDiscard} className="rounded border border-stone-600 px-4 py-2">Discard them</button>
      </div>
    </section>
  );
}

/** What became of the kept edits: it takes focus, since the button pressed went with the offer. */
export function KeptDraftOutcome({ children }: { children: ReactNode }) {
  const ref = useFocusWhen<HTMLParagraphElement>(true);
  return <p ref={ref} tabIndex={-1} className="rounded border-l-4 border-sky-800 bg-sky-50 p-3">{children}</p>;
}
