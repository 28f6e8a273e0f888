import Link from "next/link";
import type { CitableRecommendation } from "@/lib/case/cite";
import { RecommendationCitation } from "./finding-citation";
import { FindingText } from "./finding-text";
import { SampleLabel } from "./sample-label";
import { oneRecommendationHref, recommendationHref, recommendationPartName, type RecommendationPart } from "@/lib/case/recommendation-part";

type Recommendation = CitableRecommendation & { body: string };

function groupBy<T>(items: T[], key: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

// The summary stands at the top of a case, the closing section at its end: read them in that order.
const summaryFirst = ([a]: [string, unknown], [b]: [string, unknown]) => Number(b === "summary") - Number(a === "summary");

/** A list of a page's links (a screen reader's) reads each without its heading: the case, said to it alone. */
const OfCase = ({ name }: { name: string }) => <span className="sr-only"> of {name}</span>;

/** Recommendations of several cases, case by case, numbered as in each case's own document. */
export function RecommendationGroups({ recommendations, caseNames }: { recommendations: Recommendation[]; caseNames: Map<string, string> }) {
  return (
    <div className="space-y-10">
      {groupBy(recommendations, (r) => r.caseSlug).map(([caseSlug, ofCase]) => <CaseRecommendations key={caseSlug} caseSlug={caseSlug} ofCase={ofCase} name={caseNames.get(caseSlug) ?? ofCase[0]!.cityName} />)}
    </div>
  );
}

/** One case's recommendations, part by part, under the case's name. */
function CaseRecommendations({ caseSlug, ofCase, name }: { caseSlug: string; ofCase: Recommendation[]; name: string }) {
  return (
    <div className="space-y-5">
      {/* On paper the case's name and label stay with its first recommendations, never alone at a sheet's foot. */}
      <div className="space-y-5 break-after-avoid">
        <h3>
          <Link href={`/cases/${caseSlug}`}>{name}</Link>
        </h3>
        {ofCase[0]!.isSample && <SampleLabel />}
      </div>
      {groupBy(ofCase, (r) => r.part).sort(summaryFirst).map(([part, ofPart]) => (
        <div key={part} className="space-y-3">
          <h4>
            From the{" "}
            <Link href={recommendationHref(caseSlug, part as RecommendationPart)}>
              {recommendationPartName(part as RecommendationPart)}
              <OfCase name={name} />
            </Link>
          </h4>
          <ol className="max-w-[70ch] list-decimal space-y-4 pl-7 marker:font-semibold marker:text-stone-700">
            {ofPart.map((r) => (
              <li key={`${r.number}-${r.title}`} value={r.number} className="space-y-1 pl-1">
                <FindingText title={r.title} body={r.body} />
                <p className="text-sm print:hidden"><Link href={oneRecommendationHref(caseSlug, r.part, r.number)} className="text-stone-700">Recommendation {r.number} on its case's page<OfCase name={name} /></Link></p>
                <RecommendationCitation r={r} />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
