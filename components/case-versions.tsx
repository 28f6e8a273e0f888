import Link from "next/link";
import type { CaseVersion } from "@/db/case-versions";
import { caseVersionPath } from "@/lib/case/urls";
import { FormattedDate } from "./formatted-date";

/** The versions of a case that readers can read, newest first, each at its own address; the one shown is not a link. */
export function CaseVersions({ slug, versions, shown }: { slug: string; versions: CaseVersion[]; shown: number }) {
  return (
    <div className="prose-text space-y-3">
      <p>Each version published here keeps its own address, so that a citation of it still shows the text it cited.</p>
      <ul>
        {versions.map(({ version, savedAt }) => (
          <li key={version}>
            {version === shown ? (
              <strong>Version {version} (shown here)</strong>
            ) : (
              <Link href={caseVersionPath(slug, version)}>Version {version}</Link>
            )}
            , saved <FormattedDate value={savedAt} />
          </li>
        ))}
      </ul>
    </div>
  );
}
