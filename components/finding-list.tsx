import { toFindingReference, type CitableCase } from "@/lib/case/cite";
import { findingAnchor, findingName, type FindingKind, type RecommendationPart } from "@/lib/case/recommendation-part";
import type { Finding, Findings } from "@/lib/case/schema";
import { FindingCitation } from "./finding-citation";
import { FindingText } from "./finding-text";
import { SubSection } from "./sub-section";

/**
 * Numbered with the document's own numbers, so "recommendation 3" means the same everywhere, and each with an
 * id made of its number to link it by (a number given twice links the first), and a link to that address to copy.
 */
function NumberedFindings({ findings, part, kind, citable }: { findings: Finding[]; part: RecommendationPart; kind: FindingKind; citable?: CitableCase }) {
  const firstOf = new Set(findings.map((f) => findings.findIndex((g) => g.number === f.number)));
  return (
    <ol className="max-w-[70ch] list-decimal space-y-5 pl-7 marker:font-semibold marker:text-stone-700">
      {findings.map((finding, index) => {
        const id = firstOf.has(index) ? findingAnchor(part, kind, finding.number) : undefined;
        const name = findingName(part, kind, finding.number);
        return (
          <li key={`${finding.number}-${index}`} id={id} value={finding.number} className="finding scroll-mt-4 space-y-2 pl-1">
            <FindingText title={finding.title} body={finding.body} />
            {id && <p className="text-sm print:hidden"><a href={`#${id}`} className="text-stone-700">Link to {name}</a></p>}
            {id && citable ? <FindingCitation name={name} reference={toFindingReference(citable, { part, kind, number: finding.number, title: finding.title })} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

export function hasFindings(findings: Findings): boolean {
  return findings.conclusions.length > 0 || findings.recommendations.length > 0;
}

export function FindingList({ findings, part, citable }: { findings: Findings; part: RecommendationPart; citable?: CitableCase }) {
  return (
    <div className="space-y-8">
      {findings.conclusions.length > 0 && (
        <SubSection title="Conclusions">
          <NumberedFindings findings={findings.conclusions} part={part} kind="conclusion" citable={citable} />
        </SubSection>
      )}
      {findings.recommendations.length > 0 && (
        <SubSection title="Recommendations">
          <NumberedFindings findings={findings.recommendations} part={part} kind="recommendation" citable={citable} />
        </SubSection>
      )}
    </div>
  );
}
