import Link from "next/link";
import { ActionForm, type ActionState } from "./action-form";
import { FormattedDate } from "./formatted-date";

export type RevisionSummary = { version: number; message: string; authorEmail: string | null; createdAt: Date };
type Restore = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The revisions of a case, newest first, each earlier one with a button restoring it (that says when it goes public
 * at once); those readers can read have a link to their public page (`publicPages`, by version).
 */
export function RevisionList({ caseId, revisions, currentVersion, restore, isPublished = false, publicPages = new Map() }: {
  caseId: number; revisions: RevisionSummary[]; currentVersion: number; restore?: Restore; isPublished?: boolean; publicPages?: Map<number, string>;
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
          {restore && r.version !== currentVersion ? (
            <ActionForm action={restore} idPrefix={`restore-${r.version}`} className="space-y-2">
              <input type="hidden" name="caseId" value={caseId} />
              <input type="hidden" name="version" value={r.version} />
              <input type="hidden" name="expectedVersion" value={currentVersion} />
              <button type="submit" className="rounded border border-teal-800 px-4 py-2 font-medium text-teal-900 hover:bg-teal-50">
                Restore version {r.version}{isPublished ? ", public at once" : ""}
              </button>
            </ActionForm>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
