import Link from "next/link";
import type { CaseVersion } from "@/db/case-versions";
import { caseVersionPath } from "@/lib/case/urls";
import { PAGE_SECTION_IDS, type CaseSection } from "./case-sections";
import { FormattedDate } from "./formatted-date";

/** The versions of a case that readers can read, newest first, each at its own address; the one shown is not a link. */
export function CaseVersions({ slug, versions, shown }: { slug: string; versions: CaseVersion[]; shown: number }) {
  return (
    <div className="prose-text space-y-3">
      <p>Each published version keeps its own address, so that a citation leads to the text it cited.</p>
      <ul>
        {versions.map(({ version, updatedAt }) => (
          <li key={version}>
            {version === shown ? <strong>Version {version} (shown here)</strong> : <Link href={caseVersionPath(slug, version)}>Version {version}</Link>}
            , updated <FormattedDate value={updatedAt} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The page's Versions section, once there is more than one version to choose between (one's own address is under Cite this). */
export function versionsSection(slug: string, versions: CaseVersion[], shown: number): CaseSection[] {
  if (versions.length < 2) return [];
  return [{ id: PAGE_SECTION_IDS.versions, title: "Versions", isScreenOnly: true, content: <CaseVersions slug={slug} versions={versions} shown={shown} /> }];
}
