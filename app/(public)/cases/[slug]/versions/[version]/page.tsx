import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CasePage } from "@/components/case-page";
import { PAGE_SECTION_IDS } from "@/components/case-sections";
import { CaseVersions } from "@/components/case-versions";
import { CiteCase } from "@/components/cite-case";
import { VersionNote } from "@/components/version-note";
import { WithdrawnCase, withdrawnMetadata } from "@/components/withdrawn-case";
import { listPublicVersions } from "@/db/case-versions";
import { findPublicVersion, findWithdrawnCase } from "@/lib/api/published-case";
import { caseDocumentName } from "@/lib/case/case-name";
import { citationMetaTags } from "@/lib/case/cite";
import { caseVersionUrl } from "@/lib/case/urls";
import { SAMPLE_LABEL } from "@/lib/case/schema";
import { dayOf } from "@/lib/plain-text";
import { answerGone } from "@/lib/request-record";

type Props = { params: Promise<{ slug: string; version: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, version } = await params;
  const found = await findPublicVersion(slug, version);
  if (!found) return withdrawnMetadata(await findWithdrawnCase(slug));
  const { caseDocument } = found;
  const name = `${caseDocumentName(caseDocument)}${caseDocument.sample ? ` (${SAMPLE_LABEL})` : ""}`;
  const url = caseVersionUrl(caseDocument.slug, caseDocument.version);
  return {
    title: `${name}, version ${caseDocument.version}`,
    description: `Version ${caseDocument.version} of this City Case Description, as saved on ${dayOf(new Date(caseDocument.updatedAt))}.`,
    // Search engines list the case's own page, which is always the newest.
    alternates: { canonical: url },
    robots: { index: false },
    other: citationMetaTags(caseDocument, url),
  };
}

/** A version of a published case, as it was saved and cited: the text, which version it is and where the newest is. */
export default async function CaseVersionRoute({ params }: Props) {
  const { slug, version } = await params;
  const found = await findPublicVersion(slug, version);
  if (!found) {
    const withdrawn = await findWithdrawnCase(slug);
    if (!withdrawn) notFound();
    answerGone();
    return <WithdrawnCase withdrawn={withdrawn} />;
  }
  const { caseDocument, newest } = found;
  const shown = { version: caseDocument.version, savedAt: caseDocument.updatedAt };
  const versions = await listPublicVersions(caseDocument.slug);
  const after = [
    ...(versions.length > 1
      ? [{ id: PAGE_SECTION_IDS.versions, title: "Versions", isScreenOnly: true, content: <CaseVersions slug={caseDocument.slug} versions={versions} shown={shown.version} /> }]
      : []),
    { id: PAGE_SECTION_IDS.cite, title: "Cite this version", content: <CiteCase caseDocument={caseDocument} accessed={new Date()} offersFiles={false} /> },
  ];
  return (
    <div className="space-y-8">
      <VersionNote slug={caseDocument.slug} shown={shown} newest={newest} />
      <CasePage caseDocument={caseDocument} after={after} />
    </div>
  );
}
