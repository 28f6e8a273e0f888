import type { Metadata } from "next";
import { CaseDownloads } from "@/components/case-downloads";
import { CasePage } from "@/components/case-page";
import { PAGE_SECTION_IDS } from "@/components/case-sections";
import { CiteCase } from "@/components/cite-case";
import { RelatedCases } from "@/components/related-cases";
import { listPublicVersions } from "@/db/case-versions";
import { listRelatedCases } from "@/db/cases";
import { findPublishedCase } from "@/lib/api/published-case";
import { versionsSection } from "@/components/case-versions";
import { caseFiles, caseUrl } from "@/lib/case/urls";
import { countOf } from "@/lib/plain-text";
import { SAMPLE_LABEL, type CaseDocument } from "@/lib/case/schema";
import { absoluteUrl, FEED_TYPES, SITE_NAME } from "@/lib/site";
import { caseDocumentName, withFocus } from "@/lib/case/case-name";
import { citationMetaTags, citationTitle } from "@/lib/case/cite";
import { withdrawnMetadata, WithdrawnPage } from "./withdrawn";

type Props = { params: Promise<{ slug: string }> };


/** What search results and link previews say of the case: its own city and policy area, and the counts it has. */
function describeCase({ sample, city, policyArea, focus, inventory, findings, summary }: CaseDocument): string {
  const recommendations = findings.recommendations.length + summary.recommendations.length;
  const holds = [inventory.length && `${countOf(inventory.length, "local actor")} by OPSI facet`, recommendations && countOf(recommendations, "recommendation")].filter(Boolean);
  // A search result shows the description without the title's label: a made-up city must not read as a real one.
  return `${sample ? `${SAMPLE_LABEL}. ` : ""}How ${city.name}, ${city.country.name}, assessed ${withFocus(policyArea.name, focus)} for its cultural and creative industries`
    + `${holds.length ? `: ${holds.join(" and ")}` : ""}.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug: asked } = await params;
  const caseDocument = await findPublishedCase(asked);
  if (!caseDocument) return withdrawnMetadata(asked);
  const { slug, city, policyArea, updatedAt } = caseDocument;
  // Made-up content says so wherever its name goes: tabs, bookmarks, search results.
  const title = caseDocument.sample ? `${caseDocumentName(caseDocument)} (${SAMPLE_LABEL})` : caseDocumentName(caseDocument);
  const description = describeCase(caseDocument);
  const files = caseFiles(slug);
  return {
    title,
    description,
    alternates: {
      canonical: caseUrl(slug),
      types: { "application/json": absoluteUrl(files.json), "text/markdown": absoluteUrl(files.markdown), ...FEED_TYPES },
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
    other: citationMetaTags(caseDocument, caseUrl(slug)),
  };
}

export default async function CaseRoute({ params }: Props) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return <WithdrawnPage slug={slug} />;
  const [related, versions] = await Promise.all([listRelatedCases(caseDocument.slug), listPublicVersions(caseDocument.slug)]);
  const after = [
    { id: PAGE_SECTION_IDS.related, title: "Related cases", isScreenOnly: true, content: <RelatedCases caseDocument={caseDocument} cases={related} /> },
    ...versionsSection(caseDocument.slug, versions, caseDocument.version),
    { id: PAGE_SECTION_IDS.cite, title: "Cite this case", content: <CiteCase caseDocument={caseDocument} accessed={new Date()} /> },
    { id: PAGE_SECTION_IDS.downloads, title: "Download", isScreenOnly: true, content: <CaseDownloads slug={caseDocument.slug} inventorySize={caseDocument.inventory.length} /> },
  ];
  return <CasePage caseDocument={caseDocument} after={after} citesFindings />;
}
