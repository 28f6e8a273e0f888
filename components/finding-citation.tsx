import { caseName } from "@/lib/case/case-name";
import { toRecommendationCitationText, type CitableRecommendation } from "@/lib/case/cite";
import { findingName } from "@/lib/case/recommendation-part";
import { CopyableCitation } from "./copyable-citation";

/**
 * A finding's own reference, folded (one line until opened, without JavaScript too). In a list of many cases'
 * findings, `of` names the case for screen readers, whose list of a page's controls would read the same words fifty times.
 */
export function FindingCitation({ name, reference, of }: { name: string; reference: string; of?: string }) {
  return (
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer text-stone-700">Cite {name}{of ? <span className="sr-only"> of {of}</span> : null}</summary>
      <div className="mt-2">
        <CopyableCitation text={reference} className="border-l-4 border-teal-700 pl-3 wrap-anywhere" of={of ? `${name} of ${of}` : name} />
      </div>
    </details>
  );
}

/** A listed recommendation's reference, as its case's page gives it; none where the page gives none (a number given twice). */
export function RecommendationCitation({ r }: { r: CitableRecommendation }) {
  const reference = toRecommendationCitationText(r);
  return reference ? <FindingCitation name={findingName(r.part, "recommendation", r.number)} reference={reference} of={caseName(r)} /> : null;
}
