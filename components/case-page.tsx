import type { CaseDocument } from "@/lib/case/schema";
import { CaseHeader } from "./case-header";
import { EditorsNote } from "./editors-note";
import { getCaseSections, type CaseSection } from "./case-sections";
import { Section } from "./section";
import { TableOfContents } from "./table-of-contents";

/**
 * A City Case Description typeset for reading: title block, contents, then every section in order,
 * and after them the page's own sections (`after`: citing, downloads, related cases). Without
 * contents (`withContents={false}`) it is one column, as the print view wants it.
 */
export function CasePage({
  caseDocument,
  after = [],
  withContents = true,
  citesFindings = false,
}: {
  caseDocument: CaseDocument;
  after?: CaseSection[];
  withContents?: boolean;
  /** Each conclusion and recommendation offers its own reference: on a published case's public pages only. */
  citesFindings?: boolean;
}) {
  const sections = [...getCaseSections(caseDocument, { citesFindings }), ...after];
  const body = (
    <div className="min-w-0 space-y-14">
      {sections.map((section) => (
        <Section key={section.id} id={section.id} title={section.title} isScreenOnly={section.isScreenOnly}>
          {section.content}
        </Section>
      ))}
    </div>
  );
  return (
    <article aria-labelledby="case-title" className="space-y-10">
      <CaseHeader caseDocument={caseDocument} />
      <EditorsNote note={caseDocument.editorsNote} />
      {sections.length === 0 ? (
        <p>This case has no content yet.</p>
      ) : withContents ? (
        <div className="case-layout lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-12">
          <TableOfContents entries={sections.map(({ id, title }) => ({ id, title }))} />
          {body}
        </div>
      ) : (
        body
      )}
    </article>
  );
}
