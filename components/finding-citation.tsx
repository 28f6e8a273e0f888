import { toRecommendationCitationText, type CitableRecommendation } from "@/lib/case/cite";
import { findingName } from "@/lib/case/recommendation-part";

/** A finding's own reference, folded (one line until opened, without JavaScript too). */
export function FindingCitation({ name, reference }: { name: string; reference: string }) {
  return (
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer text-stone-700">Cite {name}</summary>
      <p className="mt-2 border-l-4 border-teal-700 pl-3 wrap-anywhere">{reference}</p>
    </details>
  );
}

/** A listed recommendation's reference, as its case's page gives it. */
export function RecommendationCitation({ r }: { r: CitableRecommendation }) {
  return <FindingCitation name={findingName(r.part, "recommendation", r.number)} reference={toRecommendationCitationText(r)} />;
}
