import type { Metadata } from "next";
import Link from "next/link";
import { CasePage } from "@/components/case-page";
import { LicenceLine } from "@/components/licence-line";
import { PrintButton } from "@/components/print-button";
import { findPublishedCase } from "@/lib/api/published-case";
import { toCitationText } from "@/lib/case/cite";
import { casePath, caseUrl, citedUrl } from "@/lib/case/urls";
import "./print.css";
import { caseDocumentName } from "@/lib/case/case-name";
import { withdrawnMetadata, WithdrawnPage } from "../withdrawn";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  if (!caseDocument) return withdrawnMetadata(slug, undefined, "/print");
  return {
    title: `${caseDocumentName(caseDocument)} (print view)`,
    // The same content as the case page: search engines should list the page, not this view.
    alternates: { canonical: caseUrl(caseDocument.slug) },
    robots: { index: false },
  };
}

/** The case laid out for paper: one column, no site navigation, and where it comes from at the end. */
export default async function PrintRoute({ params }: Props) {
  const { slug } = await params;
  const caseDocument = await findPublishedCase(slug);
  // A withdrawn case's print view says so, as its page does: a printed copy's source line names this address.
  if (!caseDocument) return <WithdrawnPage slug={slug} rest="/print" />;
  const url = caseUrl(caseDocument.slug);
  return (
    <div className="print-view space-y-10">
      <div className="print-view-toolbar flex flex-wrap items-center gap-x-6 gap-y-3 rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm">
        <p>Print view: laid out for paper or PDF.</p>
        <PrintButton />
        <p data-print-hint>Print it with your browser&apos;s Print command (Ctrl+P, or ⌘P on a Mac).</p>
        <Link href={casePath(caseDocument.slug)}>Back to the case</Link>
      </div>
      <CasePage caseDocument={caseDocument} withContents={false} />
      <footer className="prose-text space-y-2 border-t border-stone-300 pt-6 text-sm">
        <p>
          Source: <a href={url} data-bare-url className="wrap-anywhere">{url}</a>
        </p>
        <p>Cite as: {toCitationText(caseDocument, citedUrl(caseDocument), new Date())}</p>
        <LicenceLine />
      </footer>
    </div>
  );
}
