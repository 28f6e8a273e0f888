import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseDownloads } from "@/components/case-downloads";
import { CasePage } from "@/components/case-page";
import { PAGE_SECTION_IDS } from "@/components/case-sections";
import { CiteCase } from "@/components/cite-case";
import { RelatedCases } from "@/components/related-cases";
import { listRelatedCases } from "@/db/cases";
import { findPublishedCase } from "@/lib/api/published-case";
import { caseFiles, caseUrl } from "@/lib/case/urls";
import { firstSentence } from "@/lib/plain-text";
import type { CaseDocument } from "@/lib/case/schema";
import { absoluteUrl, SITE_NAME } from "@/lib/site";
import { caseDocumentName } from "@/lib/case/case-name";
import { citationTitle } from "@/lib/case/cite";

type Props = { params: Promise<{ slug: string }> };


function describeCase(caseDocument: CaseDocument): string {
  const { city, policyArea } = caseDocument;
  return (
    firstSentence(caseDocument.policyAreaIntro) ||
    firstSentence(caseDocument.cityIntro) ||
    `How ${city.name}, ${city.country.name}, assessed ${policyArea.name} for its cultural and creative industries.`
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caseDocument = await findPublishedCase((await params).slug);
  if (!caseDocument) notFound();
  const { slug, city, policyArea, updatedAt } = caseDocument;
  const title = caseDocumentName(caseDocument);
  const description = describeCase(caseDocument);
  const files = caseFiles(slug);
  return {
    title,
    description,
    alternates: {
      canonical: caseUrl(slug),
      types: { "application/json": absoluteUrl(files.json), "text/markdown": absoluteUrl(files.markdown) },
    },
    openGraph: {
      type: "article",
      url: caseUrl(slug),
      siteName: SITE_NAME,
      title: citationTitle(caseDocument),
      description,
      locale: "en_GB",
      modifiedTime: updatedAt,
      section: policyArea.name,
    },
  };
}

export default async function CaseRoute({ params }: Props) {
  const caseDocument = await findPublishedCase((await params).slug);
  if (!caseDocument) notFound();
  const related = await listRelatedCases(caseDocument.slug);
  const after = [
    { id: PAGE_SECTION_IDS.related, title: "Related cases", isScreenOnly: true, content: <RelatedCases caseDocument={caseDocument} cases={related} /> },
    { id: PAGE_SECTION_IDS.cite, title: "Cite this case", content: <CiteCase caseDocument={caseDocument} accessed={new Date()} /> },
    { id: PAGE_SECTION_IDS.downloads, title: "Download", isScreenOnly: true, content: <CaseDownloads slug={caseDocument.slug} inventorySize={caseDocument.inventory.length} /> },
  ];
  return <CasePage caseDocument={caseDocument} after={after} />;
}
