import type { CaseDraft } from "@/lib/editor/draft-form";
import type { EditorState } from "@/lib/editor/editor-state";
import { caseIs } from "@/lib/case/workflow";
import { unsavedSections } from "@/lib/editor/unsaved-sections";

/**
 * A city editor's save refused because the case left draft meanwhile. With JavaScript the browser keeps what
 * was typed (KeptEditsNotice); without it the answer is a new page, so the text typed is shown here, part by
 * part, to copy. Inside noscript: with JavaScript on, this would say the same as the kept copy, twice.
 */
export function RefusedEdits({ state, stored }: { state: EditorState; stored: CaseDraft }) {
  if (!state.round || state.ok || !state.draft || !state.status) return null;
  const sections = unsavedSections(stored, state.draft);
  return (
    <noscript>
      <section aria-labelledby="refused-edits-title" className="space-y-3 rounded border-l-4 border-amber-700 bg-amber-50 p-3">
        <h2 id="refused-edits-title" className="text-xl">{sections.length ? "Your changes were not saved" : "Nothing was saved"}</h2>
        <p>
          This case is {caseIs(state.status)} now, and a city editor changes drafts only.{" "}
          {sections.length ? "What you typed is below, part by part: copy what you want to keep. An ekip editor can move the case back to draft." : "What you sent was the case as stored, without changes: nothing of yours is lost."}
        </p>
        {sections.map((s) => (
          <div key={s.heading} className="space-y-1">
            <h3>{s.heading}</h3>
            <pre className="whitespace-pre-wrap font-sans">{s.lines.join("\n\n")}</pre>
          </div>
        ))}
      </section>
    </noscript>
  );
}
