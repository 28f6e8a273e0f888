import type { Finding, Findings } from "@/lib/case/schema";
import { FindingText } from "./finding-text";
import { findingAnchor, type RecommendationPart } from "./recommendation-part";
import { SubSection } from "./sub-section";

type Anchor = (number: number) => string;

/**
 * Numbered with the document's own numbers, so "recommendation 3" means the same everywhere, and each with an
 * id made of its number to link it by (a number given twice links the first).
 */
function NumberedFindings({ findings, anchor }: { findings: Finding[]; anchor: Anchor }) {
  const firstOf = new Set(findings.map((f) => findings.findIndex((g) => g.number === f.number)));
  return (
    <ol className="max-w-[70ch] list-decimal space-y-5 pl-7 marker:font-semibold marker:text-stone-700">
      {findings.map((finding, index) => (
        <li key={`${finding.number}-${index}`} id={firstOf.has(index) ? anchor(finding.number) : undefined} value={finding.number} className="scroll-mt-4 space-y-2 pl-1">
          <FindingText title={finding.title} body={finding.body} />
        </li>
      ))}
    </ol>
  );
}

export function hasFindings(findings: Findings): boolean {
  return findings.conclusions.length > 0 || findings.recommendations.length > 0;
}

export function FindingList({ findings, part }: { findings: Findings; part: RecommendationPart }) {
  return (
    <div className="space-y-8">
      {findings.conclusions.length > 0 && (
        <SubSection title="Conclusions">
          <NumberedFindings findings={findings.conclusions} anchor={(n) => findingAnchor(part, "conclusion", n)} />
        </SubSection>
      )}
      {findings.recommendations.length > 0 && (
        <SubSection title="Recommendations">
          <NumberedFindings findings={findings.recommendations} anchor={(n) => findingAnchor(part, "recommendation", n)} />
        </SubSection>
      )}
    </div>
  );
}
