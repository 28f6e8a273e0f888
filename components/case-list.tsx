import Link from "next/link";
import { FormattedDate } from "./formatted-date";
import { SampleLabel } from "./sample-label";
import { caseName } from "@/lib/case/case-name";

export type CaseSummary = {
  slug: string;
  cityName: string;
  countryName: string;
  policyAreaName: string;
  title: string | null;
  /** "" or null when the case has none. */
  focus: string | null;
  isSample?: boolean;
  updatedAt: Date | string;
};

/** Published cases, each linked by city and policy area. */
export function CaseList({ cases }: { cases: CaseSummary[] }) {
  return (
    <ul className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
      {cases.map((caseSummary) => (
        <li key={caseSummary.slug} className="space-y-1 py-5 print:break-inside-avoid">
          <p className="text-lg font-semibold">
            <Link href={`/cases/${caseSummary.slug}`}>
              {caseName(caseSummary)}
            </Link>
          </p>
          {caseSummary.isSample && <SampleLabel />}
          {caseSummary.title && <p>{caseSummary.title}</p>}
          <p className="text-sm text-stone-700">
            {caseSummary.countryName} · Last updated <FormattedDate value={caseSummary.updatedAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}
