import type { CaseDocument } from "@/lib/case/schema";
import { CaseHeader } from "./case-header";
import { getCaseSections } from "./case-sections";
import { Section } from "./section";
import { TableOfContents } from "./table-of-contents";

/** A City Case Description typeset for reading: title block, contents, then every section in order. */
export function CasePage({ caseDocument }: { caseDocument: CaseDocument }) {
  const sections = getCaseSections(caseDocument);
  return (
    <article aria-labelledby="case-title" className="space-y-10">
      <CaseHeader caseDocument={caseDocument} />
      {sections.length === 0 ? (
        <p>This case has no content yet.</p>
      ) : (
        <div className="case-layout lg:grid lg:grid-cols-[14rem_minmax(0,1fr)] lg:gap-12">
          <TableOfContents entries={sections.map(({ id, title }) => ({ id, title }))} />
          <div className="min-w-0 space-y-14">
            {sections.map((section) => (
              <Section key={section.id} id={section.id} title={section.title}>
                {section.content}
              </Section>
            ))}
          </div>
        </div>
      )}
    </article>
  );
}
