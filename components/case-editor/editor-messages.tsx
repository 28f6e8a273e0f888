"use client";

import { FormattedDate } from "@/components/formatted-date";
import { RevisionDiff } from "@/components/revision-diff";
import type { EditorState } from "@/lib/editor/editor-state";
import { fieldId } from "@/lib/editor/field-labels";

/**
 * The GOV.UK error summary: every problem, each linking to its field. Takes focus so it is read out first.
 * `lead` says what was not done (a save, by default; reading a document on the new-case page).
 */
export function ErrorSummary({ errors, lead = "Nothing was saved. Correct these and save again:" }: { errors?: Record<string, string[] | undefined>; lead?: string }) {
  const problems = Object.entries(errors ?? {}).filter(([, e]) => e?.length);
  if (!problems.length) return null;
  return (
    <div id="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title" className="rounded border-4 border-red-700 bg-white p-4">
      <h2 id="error-summary-title" className="text-xl text-red-900">There is a problem</h2>
      <p>{lead}</p>
      <ul className="list-disc pl-5">
        {problems.map(([field, e]) => (
          <li key={field}><a href={`#${fieldId(field)}`} className="font-semibold text-red-900">{e!.join(". ")}</a></li>
        ))}
      </ul>
    </div>
  );
}

export function QualityPanel({ state }: { state: EditorState }) {
  const { problems = [], similar = [], warnings = [] } = state;
  if (!problems.length && !similar.length && !warnings.length) return null;
  return (
    <section aria-labelledby="checks-title" className="space-y-3 rounded border border-amber-700 bg-amber-50 p-4">
      <h2 id="checks-title" className="text-xl">Checks on this case</h2>
      {warnings.length ? (
        <>
          <p className="font-semibold">The importer could not place everything in the document:</p>
          <ul className="list-disc pl-5">{warnings.map((w, i) => <li key={i}>Line {w.line}: {w.message}</li>)}</ul>
        </>
      ) : null}
      {similar.length ? (
        <ul className="list-disc pl-5">
          {similar.map((s) => <li key={s.name}>“{s.name}” was added as a new organisation; it looks like the existing “{s.existing}”. If it is the same, pick that name in the inventory.</li>)}
        </ul>
      ) : null}
      {problems.length ? (
        <ul className="list-disc pl-5">
          {problems.map((p, i) => (
            <li key={i}><strong>{p.severity === "serious" ? "Serious (blocks publishing)" : "Check"}:</strong> {p.message} (<a href={`#${sectionAnchor(p.section)}`}>{p.section}</a>)</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function sectionAnchor(section: string): string {
  if (section === "start" || section === "end") return "basics";
  return ["introduction", "participants", "summary", "context", "portfolio", "inventory", "methods", "findings"].includes(section) ? section : section === "ecosystem" ? "context" : "basics";
}

/** Someone else (or this person, in another tab) saved while this person was editing: what changed, and what happens next. */
export function ConflictPanel({ conflict }: { conflict: NonNullable<EditorState["conflict"]> }) {
  const who = conflict.isYours ? "You" : (conflict.by ?? "Another editor");
  return (
    <section id="conflict" role="alert" aria-labelledby="conflict-title" tabIndex={-1} className="space-y-3 rounded border-4 border-amber-700 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-xl">
        {conflict.isYours ? "You saved this case in another tab or window while editing here" : "Someone else saved this case while you were editing"}
      </h2>
      <p>
        {who} saved version {conflict.version} on <FormattedDate value={conflict.at} withTime />.
        <strong> Nothing of yours was saved, and nothing you typed is lost:</strong> it is all still in the form below.
      </p>
      {conflict.takenFromTheirs.length ? <p>Their changes are now in the form: {conflict.takenFromTheirs.join(", ")}.</p> : null}
      {conflict.changedByBoth.length ? (
        <p className="font-semibold">You both changed: {conflict.changedByBoth.join(", ")}. The form keeps your text there; compare it with theirs below and combine them before you save.</p>
      ) : <p>They changed nothing that you changed.</p>}
      <p>Look the form over and save again: your save will be made on their version {conflict.version}.</p>
      <h3 className="text-lg">What they changed</h3>
      <RevisionDiff blocks={conflict.changes} whose={conflict.isYours ? "Your other tab's" : "Their"} headingLevel={4} />
    </section>
  );
}
