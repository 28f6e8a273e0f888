import Link from "next/link";
import type { CaseChange } from "@/db/dashboard";
import { STATUS_LABELS } from "@/lib/case/workflow";
import type { CaseStatus } from "@/lib/case/schema";
import { countOf } from "@/lib/plain-text";
import { FormattedDate } from "./formatted-date";

function describe(change: CaseChange): string {
  if (change.action === "case.created") return "created";
  if (change.action === "case.updated" && change.details.restoredFrom) return `restored version ${String(change.details.restoredFrom)} as version ${String(change.details.version ?? "")}`;
  if (change.action === "case.updated") return `saved version ${String(change.details.version ?? "")}`.trim();
  const to = change.details.to as CaseStatus | undefined;
  return to ? `moved to ${STATUS_LABELS[to].toLowerCase()}` : "changed the status of";
}

const NOTE_SHOWN = 200;

/**
 * The note left with a change of status, or the reason a save put serious problems on a public page, cut short in
 * the list (the case's page and history show it whole).
 */
function NoteOf({ change }: { change: CaseChange }) {
  const { note, waiver, waived } = change.details;
  if (change.action !== "case.status_changed" && !waiver) return null;
  const text = typeof waiver === "string" && waiver ? waiver : typeof note === "string" ? note : "";
  if (!text) return null;
  // By code point: an emoji is not cut in half.
  const letters = Array.from(text);
  const shown = letters.length > NOTE_SHOWN ? `${letters.slice(0, NOTE_SHOWN).join("").trimEnd()}…` : text;
  if (Array.isArray(waived) && waived.length) return <>, despite {countOf(waived.length, "serious problem")}, with the reason “{shown}”</>;
  return <>, with the note “{shown}”</>;
}

/** What other people did to the cases since this person last looked. */
export function CaseChanges({ seenAt, readAt, changes, hasMore, markSeen }: {
  seenAt: Date | null; readAt: Date; changes: CaseChange[]; hasMore: boolean; markSeen: (form: FormData) => Promise<void>;
}) {
  return (
    <section aria-labelledby="changes-title" className="space-y-3 rounded border border-stone-300 p-4">
      <h2 id="changes-title" className="text-xl">What changed since you last looked</h2>
      <p className="text-stone-700">{seenAt ? <>Changes by others since <FormattedDate value={seenAt} withTime />.</> : "You have not marked changes as seen yet: the latest changes by others."}</p>
      {/* "Mark all as seen" leaves focus on its button: how many are left is said, not the whole list again. */}
      <p role="status" className="sr-only">{changes.length ? `${countOf(changes.length, "change")} by others listed${hasMore ? ", and more" : ""}.` : "Nothing new."}</p>
      {changes.length === 0 ? <p aria-hidden="true">Nothing new.</p> : (
        <ul className="list-disc space-y-1 pl-5">
          {changes.map((c, i) => (
            <li key={i}>
              <FormattedDate value={c.at} withTime />: {c.by ?? "the importer"} {describe(c)} <Link href={`/edit/cases/${c.caseId}`}>{c.caseName}</Link>
              <NoteOf change={c} />
            </li>
          ))}
        </ul>
      )}
      {hasMore ? <p>There are more: only the latest {changes.length} are listed, and “Mark all as seen” marks the others too. Each case’s history keeps all of its own.</p> : null}
      <form action={markSeen}>
        <input type="hidden" name="shownAt" value={readAt.toISOString()} />
        <button type="submit" className="rounded border border-stone-600 bg-white px-4 py-2">Mark all as seen</button>
      </form>
    </section>
  );
}
