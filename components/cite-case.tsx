import { citationYearNote, formatCslJson, toBibtex, toCitationText, toCslJson, type CitableCase } from "@/lib/case/cite";
import { caseFiles, caseUrl, citedUrl } from "@/lib/case/urls";
import { CONTENT_LICENCE, CONTENT_LICENCE_WORDS } from "@/lib/site";
import { CopyableCitation } from "./copyable-citation";
import { SubSection } from "./sub-section";

function Code({ label, children }: { label: string; children: string }) {
  return (
    // A figure may be named (a pre may not: it has no role that takes a label).
    <figure aria-label={label}>
      <pre className="max-w-[70ch] rounded-lg border border-stone-200 bg-stone-50 p-4 font-mono text-sm leading-relaxed whitespace-pre-wrap wrap-anywhere">
        <code>{children}</code>
      </pre>
    </figure>
  );
}

/**
 * How to cite a case: its permalink and the address of the version shown, a reference to paste, and BibTeX and
 * CSL-JSON for reference managers (`offersFiles`: with links to them as files, which cite the newest version).
 */
export function CiteCase({ caseDocument, accessed, offersFiles = true }: { caseDocument: CitableCase; accessed: Date; offersFiles?: boolean }) {
  const permalink = caseUrl(caseDocument.slug);
  const url = citedUrl(caseDocument);
  const files = caseFiles(caseDocument.slug);
  const yearNote = citationYearNote(caseDocument);
  return (
    <div className="space-y-8">
      <div className="prose-text">
        <p>
          Permanent address, always the newest version: <a href={permalink} data-bare-url="" className="wrap-anywhere">{permalink}</a>
        </p>
        {url !== permalink ? (
          <p>
            The address of this version, as cited: <a href={url} data-bare-url="" className="wrap-anywhere">{url}</a>
          </p>
        ) : null}
        <p>Cite as:</p>
        <CopyableCitation text={toCitationText(caseDocument, url, accessed)} className="border-l-4 border-teal-700 pl-4" />
        {yearNote ? <p>{yearNote}</p> : null}
        <p>
          {/* On paper the address goes inside the bracket there is already: "(CC BY 4.0, https://…)", not two in a row. */}
          The text of this case is licensed under the <a href={CONTENT_LICENCE.url} rel="license" data-bare-url="">{CONTENT_LICENCE_WORDS.title}</a>{" "}
          ({CONTENT_LICENCE_WORDS.short}<span className="hidden print:inline">, {CONTENT_LICENCE.url}</span>) licence:
          share and adapt it, with credit to the ekip partnership and a link to this page.
        </p>
      </div>
      <div className="space-y-8 print:hidden">
        <SubSection title="BibTeX">
          <Code label="BibTeX entry">{toBibtex(caseDocument, url, accessed)}</Code>
          {offersFiles ? (
            <p>
              <a href={files.bibtex} download>Download the BibTeX entry (.bib)</a>
            </p>
          ) : null}
        </SubSection>
        <SubSection title="CSL-JSON">
          <Code label="CSL-JSON item">{formatCslJson(toCslJson(caseDocument, url, accessed))}</Code>
          {offersFiles ? (
            <p>
              <a href={files.cslJson} download>Download CSL-JSON</a> for Zotero, Pandoc and other reference managers
            </p>
          ) : null}
        </SubSection>
      </div>
    </div>
  );
}
