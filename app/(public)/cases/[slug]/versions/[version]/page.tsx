import type { Metadata } from "next";
import { CasePage } from "@/components/case-page";
import { PAGE_SECTION_IDS } from "@/components/case-sections";
import { versionsSection } from "@/components/case-versions";
import { CiteCase } from "@/components/cite-case";
import { VersionNote } from "@/components/version-note";
import { findPublicVersion } from "@/lib/api/published-case";
import { caseDocumentName } from "@/lib/case/case-name";
import { citationMetaTags, citationTitle } from "@/lib/case/cite";
import { SAMPLE_LABEL } from "@/lib/case/schema";
import { caseVersionUrl } from "@/lib/case/urls";
import { dayOf } from "@/lib/plain-text";
import { SITE_NAME } from "@/lib/site";
import { withdrawnMetadata, WithdrawnPage } from "../../withdrawn";

type Props = { params: Promise<{ slug: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, version } = await params;
  const found = await findPublicVersion(slug, version);
  if (!found) return withdrawnMetadata(slug, version, `/versions/${version}`);
  const { caseDocument } = found;
  const name = `${caseDocumentName(caseDocument)}${caseDocument.sample ? ` (${SAMPLE_LABEL})` : ""}`;
  const url = caseVersionUrl(caseDocument.slug, caseDocument.version);
  const description = `Version ${caseDocument.version} of this City Case Description, last updated on ${dayOf(new Date(caseDocument.updatedAt))}.`;
  return {
    title: `${name}, version ${caseDocument.version}`,
    description,
    // Its own address: not indexed, so search engines list the case's page (always the newest) and not every version.
    alternates: { canonical: url },
    robots: { index: false },
    openGraph: { type: "article", url, siteName: SITE_NAME, title: `${citationTitle(caseDocument)}, version ${caseDocument.version}`, description, locale: "en_GB", modifiedTime: caseDocument.updatedAt },
    other: citationMetaTags(caseDocument, url),
  };
}

/** A version of a published case, as it was saved and cited: the text, which version it is and where the newest is. */
export default async function CaseVersionRoute({ params }: Props) {
  const { slug, version } = await params;
  const found = await findPublicVersion(slug, version);
  if (!found) return <WithdrawnPage slug={slug} version={version} rest={`/versions/${version}`} />;
  const { caseDocument, versions } = found;
  const shown = { version: caseDocument.version, updatedAt: caseDocument.updatedAt };
  const after = [
    ...versionsSection(caseDocument.slug, versions, shown.version),
    { id: PAGE_SECTION_IDS.cite, title: "Cite this version", content: <CiteCase caseDocument={caseDocument} accessed={new Date()} offersFiles={false} /> },
  ];
  return (
    <div className="space-y-8">
      <VersionNote slug={caseDocument.slug} shown={shown} newest={versions[0]!} />
      <CasePage caseDocument={caseDocument} after={after} citesFindings />
    </div>
  );
}
