import type { Finding, Findings } from "@/lib/case/schema";
import { FindingText } from "./finding-text";
import { findingAnchor, type RecommendationPart } from "./recommendation-part";
import { SubSection } from "./sub-section";

type Anchor = (number: number) => string;

/**
 * Numbered with the document's own numbers, so "recommendation 3" means the same everywhere, and each with an
 * id made of its number to link it by (a number given twice links the first), and a link to that address to copy.
 */
function NumberedFindings({ findings, anchor, kind }: { findings: Finding[]; anchor: Anchor; kind: string }) {
  const firstOf = new Set(findings.map((f) => findings.findIndex((g) => g.number === f.number)));
  return (
    <ol className="max-w-[70ch] list-decimal space-y-5 pl-7 marker:font-semibold marker:text-stone-700">
      {findings.map((finding, index) => {
        const id = firstOf.has(index) ? anchor(finding.number) : undefined;
        return (
          <li key={`${finding.number}-${index}`} id={id} value={finding.number} className="finding scroll-mt-4 space-y-2 pl-1">
            <FindingText title={finding.title} body={finding.body} />
            {id && <p className="text-sm print:hidden"><a href={`#${id}`} className="text-stone-700">Link to {kind} {finding.number}</a></p>}
          </li>
        );
      })}
    </ol>
  );
}

/** How a finding's link names its part: a case has a recommendation 1 in each. */
const PART_WORD: Record<RecommendationPart, string> = { summary: "main", closing: "closing" };

export function hasFindings(findings: Findings): boolean {
  return findings.conclusions.length > 0 || findings.recommendations.length > 0;
}

export function FindingList({ findings, part }: { findings: Findings; part: RecommendationPart }) {
  return (
    <div className="space-y-8">
      {findings.conclusions.length > 0 && (
        <SubSection title="Conclusions">
          <NumberedFindings findings={findings.conclusions} kind={`${PART_WORD[part]} conclusion`} anchor={(n) => findingAnchor(part, "conclusion", n)} />
        </SubSection>
      )}
      {findings.recommendations.length > 0 && (
        <SubSection title="Recommendations">
          <NumberedFindings findings={findings.recommendations} kind={`${PART_WORD[part]} recommendation`} anchor={(n) => findingAnchor(part, "recommendation", n)} />
        </SubSection>
      )}
    </div>
  );
}
