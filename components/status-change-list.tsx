import type { StatusChange } from "@/db/status-changes";
import { STATUS_LABELS } from "@/lib/case/workflow";
import { FormattedDate } from "./formatted-date";

const label = (status: StatusChange["to"]) => STATUS_LABELS[status].toLowerCase();

/** "From draft to in review, at version 2, by ana@… on 5 December 2026, 14:05 UTC." */
function Summary({ change }: { change: StatusChange }) {
  return (
    <>
      From {label(change.from)} to {label(change.to)}, at version {change.version}, by {change.authorEmail ?? "someone unknown"} on{" "}
      <FormattedDate value={change.createdAt} withTime />.
    </>
  );
}

function Note({ change }: { change: StatusChange }) {
  if (!change.note) return null;
  return (
    <div className="space-y-1">
      <p className="font-medium">{change.waived.length ? "Reason for publishing despite serious problems:" : "Note:"}</p>
      <blockquote className="max-w-prose whitespace-pre-line border-l-4 border-stone-400 pl-3">{change.note}</blockquote>
    </div>
  );
}

/** The latest change of a case's status, on its editing page: the note left for whoever works on it next. */
export function LastStatusChange({ change }: { change?: StatusChange }) {
  if (!change) return null;
  return (
    <div className="space-y-2">
      <p>Last change of status: <Summary change={change} /></p>
      <Note change={change} />
    </div>
  );
}

/** Every change of a case's status, newest first: who moved it where, when, and the note they left. */
export function StatusChangeList({ changes }: { changes: StatusChange[] }) {
  if (!changes.length) return <p>No change of status is recorded for this case.</p>;
  return (
    <ol className="space-y-3">
      {changes.map((change) => (
        <li key={change.id} className="space-y-2 rounded border border-stone-300 p-4">
          <p><Summary change={change} /></p>
          <Note change={change} />
          {change.waived.length ? (
            <div>
              <p className="font-medium">Serious problems it was published with:</p>
              <ul className="list-disc pl-5">{change.waived.map((problem, i) => <li key={i}>{problem}</li>)}</ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
