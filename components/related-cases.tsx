import Link from "next/link";
import type { CaseDocument } from "@/lib/case/schema";
import { casePath } from "@/lib/case/urls";
import { compareHref } from "@/lib/compare/compare-params";
import { Badge } from "./badge";
import { SampleLabel } from "./sample-label";
import { caseDocumentName, caseName } from "@/lib/case/case-name";

export type RelatedCase = {
  slug: string; title: string | null; isSample?: boolean; cityName: string; countryName: string; policyAreaName: string; focus: string | null;
  sharesCity: boolean; sharesPolicyArea: boolean;
};

/** Other published cases of the same city or the same policy area. */
export function RelatedCases({ caseDocument, cases }: { caseDocument: CaseDocument; cases: RelatedCase[] }) {
  const { city, policyArea } = caseDocument;
  return (
    <div className="space-y-4">
      {cases.length === 0 ? (
        <p className="prose-text">
          No other published case is about {city.name} or about {policyArea.name} yet.
        </p>
      ) : (
        <ul className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
          {cases.map((c) => (
            <li key={c.slug} className="space-y-1 py-4">
              <p className="font-semibold">
                <Link href={casePath(c.slug)}>
                  {caseName(c)}
                </Link>
              </p>
              {c.isSample && <SampleLabel />}
              {c.title && <p>{c.title}</p>}
              <p className="flex flex-wrap items-center gap-1.5">
                {c.sharesCity && <Badge>Same city</Badge>}
                {c.sharesPolicyArea && <Badge>Same policy area</Badge>}
                <Link href={compareHref([caseDocument.slug, c.slug])} className="text-sm">Compare the two portfolios<span className="sr-only"> of {caseDocumentName(caseDocument)} and {caseName(c)}</span></Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="prose-text">
        See every case of <Link href={`/cities/${city.slug}`}>{city.name}</Link> and every case on{" "}
        <Link href={`/policy-areas/${policyArea.slug}`}>{policyArea.name}</Link>, or{" "}
        <Link href={compareHref([caseDocument.slug])}>compare this portfolio with other cities'</Link>.
      </p>
    </div>
  );
}
