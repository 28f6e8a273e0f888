import Link from "next/link";
import type { SnippetPart } from "@/lib/search/snippet";
import { FormattedDate } from "./formatted-date";
import { HighlightedText } from "./highlighted-text";
import { SampleLabel } from "./sample-label";
import { caseName } from "@/lib/case/case-name";

export type CaseHitEntry = {
  slug: string;
  title: string | null;
  isSample?: boolean;
  cityName: string;
  countryName: string;
  policyAreaName: string;
  year: number | null;
  /** "" or null when the case has none. */
  focus: string | null;
  updatedAt: string;
  snippet: SnippetPart[] | null;
};

/** Search results: each case linked by city and policy area, with the passage the words were found in. */
export function CaseHitList({ hits, start }: { hits: CaseHitEntry[]; start: number }) {
  return (
    <ol start={start} className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
      {hits.map((hit) => (
        <li key={hit.slug} className="space-y-1 py-5 print:break-inside-avoid">
          <h3 className="text-lg">
            <Link href={`/cases/${hit.slug}`}>
              {caseName(hit)}
            </Link>
          </h3>
          {hit.isSample && <SampleLabel />}
          {hit.title && <p>{hit.title}</p>}
          {hit.snippet && hit.snippet.length > 0 && (
            <p className="text-stone-800">
              <span className="sr-only">Found in: </span>…<HighlightedText parts={hit.snippet} />…
            </p>
          )}
          <p className="text-sm text-stone-700">
            {hit.countryName}{hit.year ? ` · ${hit.year}` : ""} · Last updated <FormattedDate value={hit.updatedAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
