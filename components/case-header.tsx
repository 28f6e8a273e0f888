import type { ReactNode } from "react";
import { SAMPLE_LABEL, type CaseDocument } from "@/lib/case/schema";
import { FormattedDate } from "./formatted-date";
import { caseDocumentName } from "@/lib/case/case-name";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-stone-700 uppercase">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

/** The title block of a case: what it is about, where, and how current it is. */
export function CaseHeader({ caseDocument }: { caseDocument: CaseDocument }) {
  const { city, policyArea, title, focus, workshopDate, version, updatedAt } = caseDocument;
  return (
    <header className="space-y-5 border-b border-stone-200 pb-8">
      <p className="text-sm font-semibold tracking-wide text-teal-800 uppercase">City Case Description</p>
      <h1 id="case-title">
        {caseDocumentName(caseDocument)}
      </h1>
      {caseDocument.sample && (
        <p role="note" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <strong>{SAMPLE_LABEL}.</strong> Written to show what the knowledge bank can do; the city and its actors are fictional.
        </p>
      )}
      {title && <p className="prose-text text-xl text-stone-800">{title}</p>}
      <dl className="flex flex-wrap gap-x-10 gap-y-4">
        <Fact term="City">{city.name}</Fact>
        <Fact term="Country">{city.country.name}</Fact>
        <Fact term="Policy area">{policyArea.name}</Fact>
        {focus && <Fact term="Focus">{focus}</Fact>}
        {workshopDate && (
          <Fact term="Workshop">
            <FormattedDate value={workshopDate} />
          </Fact>
        )}
        {updatedAt && (
          <Fact term="Last updated">
            <FormattedDate value={updatedAt} />
            {/* The version a citation names (Cite this, below). */}
            {version ? `, version ${version}` : null}
          </Fact>
        )}
      </dl>
    </header>
  );
}
