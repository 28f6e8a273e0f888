import Link from "next/link";
import { FormattedDate } from "./formatted-date";

export type RevisionSummary = { version: number; message: string; authorEmail: string | null; createdAt: Date; isCurrentContent: boolean };

/**
 * The revisions of a case, newest first, each earlier one that differs from the current one with a link to restore it (`restoreHref`: a page that shows
 * what the restore changes and asks why); those readers can read have a link to their public page (`publicPages`, by version).
 */
export function RevisionList({ revisions, currentVersion, restoreHref, publicPages = new Map() }: {
  revisions: RevisionSummary[]; currentVersion: number; restoreHref?: (version: number) => string; publicPages?: Map<number, string>;
}) {
  return (
    <ol className="space-y-3">
      {revisions.map((r) => (
        <li key={r.version} className="space-y-2 rounded border border-stone-300 p-4">
          <h3 id={`revision-${r.version}`}>
            Version {r.version}
            {r.version === currentVersion ? <span className="text-base font-normal"> (current)</span> : null}
          </h3>
          <p>
            Saved <FormattedDate value={r.createdAt} withTime /> by {r.authorEmail ?? "someone unknown"}
          </p>
          <p className="max-w-prose">{r.message ? r.message : <span className="text-stone-700">No message.</span>}</p>
          {publicPages.has(r.version) ? (
            <p>
              <Link href={publicPages.get(r.version)!}>Public page of version {r.version}</Link>, where citations of it lead
            </p>
          ) : null}
          {r.version !== currentVersion && r.isCurrentContent ? <p>It holds what the current version holds: there is nothing to restore.</p> : null}
          {restoreHref && !r.isCurrentContent ? (
            <p>
              <Link href={restoreHref(r.version)} className="inline-block rounded border border-teal-800 px-4 py-2 font-medium text-teal-900 no-underline hover:bg-teal-50">
                Restore version {r.version}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
