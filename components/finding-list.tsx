import type { Finding, Findings } from "@/lib/case/schema";
import { FindingText } from "./finding-text";
import { SubSection } from "./sub-section";

/** Numbered with the document's own numbers, so "recommendation 3" means the same everywhere. */
function NumberedFindings({ findings }: { findings: Finding[] }) {
  return (
    <ol className="max-w-[70ch] list-decimal space-y-5 pl-7 marker:font-semibold marker:text-stone-700">
      {findings.map((finding, index) => (
        <li key={`${finding.number}-${index}`} value={finding.number} className="space-y-2 pl-1">
          <FindingText title={finding.title} body={finding.body} />
        </li>
      ))}
    </ol>
  );
}

export function hasFindings(findings: Findings): boolean {
  return findings.conclusions.length > 0 || findings.recommendations.length > 0;
}

export function FindingList({ findings }: { findings: Findings }) {
  return (
    <div className="space-y-8">
      {findings.conclusions.length > 0 && (
        <SubSection title="Conclusions">
          <NumberedFindings findings={findings.conclusions} />
        </SubSection>
      )}
      {findings.recommendations.length > 0 && (
        <SubSection title="Recommendations">
          <NumberedFindings findings={findings.recommendations} />
        </SubSection>
      )}
    </div>
  );
}
