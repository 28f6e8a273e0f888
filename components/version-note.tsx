import Link from "next/link";
import type { CaseVersion } from "@/db/case-versions";
import { caseChangesSincePath, casePath } from "@/lib/case/urls";
import { FormattedDate } from "./formatted-date";

/** What a version's own page says first: which version it is, and where the newest is. */
export function VersionNote({ slug, shown, newest }: { slug: string; shown: CaseVersion; newest: CaseVersion }) {
  return (
    <div role="note" className="callout max-w-[70ch] space-y-2 rounded-lg border-l-4 border-teal-700 bg-teal-50 px-5 py-4">
      <p>
        <strong>You are reading version {shown.version} of this case</strong>, last updated on <FormattedDate value={shown.updatedAt} />.
      </p>
      {shown.version === newest.version ? (
        <p>
          It is the newest version: <Link href={casePath(slug)}>the case&apos;s own page</Link> shows the same text, and will show any later one.
        </p>
      ) : (
        <p>
          The case has changed since. <Link href={casePath(slug)}>Read the newest version</Link> (version {newest.version}, updated{" "}
          <FormattedDate value={newest.updatedAt} />), or <Link href={caseChangesSincePath(slug, shown.version)}>see what changed since this one</Link>.
        </p>
      )}
    </div>
  );
}
