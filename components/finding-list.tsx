import { toFindingCitationText, type CitableCase } from "@/lib/case/cite";
import type { Finding, Findings } from "@/lib/case/schema";
import { citedUrl } from "@/lib/case/urls";
import { FindingText } from "./finding-text";
import { findingAnchor, type RecommendationPart } from "./recommendation-part";
import { SubSection } from "./sub-section";

type Anchor = (number: number) => string;

/**
 * Numbered with the document's own numbers, so "recommendation 3" means the same everywhere, and each with an
 * id made of its number to link it by (a number given twice links the first), and a link to that address to copy.
 */
function NumberedFindings({ findings, anchor, kind, citable }: { findings: Finding[]; anchor: Anchor; kind: string; citable?: CitableCase }) {
  const firstOf = new Set(findings.map((f) => findings.findIndex((g) => g.number === f.number)));
  return (
    <ol className="max-w-[70ch] list-decimal space-y-5 pl-7 marker:font-semibold marker:text-stone-700">
      {findings.map((finding, index) => {
        const id = firstOf.has(index) ? anchor(finding.number) : undefined;
        return (
          <li key={`${finding.number}-${index}`} id={id} value={finding.number} className="finding scroll-mt-4 space-y-2 pl-1">
            <FindingText title={finding.title} body={finding.body} />
            {id && <p className="text-sm print:hidden"><a href={`#${id}`} className="text-stone-700">Link to {kind} {finding.number}</a></p>}
            {id && citable ? <FindingCitation citable={citable} name={`${kind} ${finding.number}`} title={finding.title} id={id} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** A finding's own reference, folded (one line until opened, without JavaScript too); pointing to the version shown. */
function FindingCitation({ citable, name, title, id }: { citable: CitableCase; name: string; title: string; id: string }) {
  const reference = toFindingCitationText(citable, { name: name.charAt(0).toUpperCase() + name.slice(1), title }, `${citedUrl(citable)}#${id}`);
  return (
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer text-stone-700">Cite {name}</summary>
      <p className="mt-2 border-l-4 border-teal-700 pl-3 wrap-anywhere">{reference}</p>
    </details>
  );
}

/** How a finding's link names its part: a case has a recommendation 1 in each. */
const PART_WORD: Record<RecommendationPart, string> = { summary: "main", closing: "closing" };

export function hasFindings(findings: Findings): boolean {
  return findings.conclusions.length > 0 || findings.recommendations.length > 0;
}

export function FindingList({ findings, part, citable }: { findings: Findings; part: RecommendationPart; citable?: CitableCase }) {
  return (
    <div className="space-y-8">
      {findings.conclusions.length > 0 && (
        <SubSection title="Conclusions">
          <NumberedFindings findings={findings.conclusions} kind={`${PART_WORD[part]} conclusion`} anchor={(n) => findingAnchor(part, "conclusion", n)} citable={citable} />
        </SubSection>
      )}
      {findings.recommendations.length > 0 && (
        <SubSection title="Recommendations">
          <NumberedFindings findings={findings.recommendations} kind={`${PART_WORD[part]} recommendation`} anchor={(n) => findingAnchor(part, "recommendation", n)} citable={citable} />
        </SubSection>
      )}
    </div>
  );
}
