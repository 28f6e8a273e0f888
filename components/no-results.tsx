import Link from "next/link";
import type { ReactNode } from "react";
import type { ActiveFilter } from "@/lib/search/active-choices";
import type { SearchLink } from "@/lib/search/other-searches";
import { unsearchableMessage } from "@/lib/search/unsearchable";
import { DidYouMean } from "./did-you-mean";

type Props = {
  message: ReactNode;
  filters: ActiveFilter[];
  /** The words searched for, when all of them are left out of every search. */
  unsearchable?: string;
  /** The search with its misspelt words corrected, and the search for any of its words: each only when it finds something. */
  corrected?: SearchLink;
  anyWord?: SearchLink;
  /** What a correction without the filters searches: "all cases". */
  all: string;
};

/**
 * An empty result that suggests ways out: the words spelt as the published cases spell them, other words when
 * those searched for are all left out of the search, any of the words instead of all, removing one of the filters
 * or the words that narrowed it, or browsing by city and by policy area.
 */
export function NoResults({ message, filters, unsearchable, corrected, anyWord, all }: Props) {
  return (
    <div className="max-w-[70ch] space-y-3 rounded-lg border border-stone-200 bg-stone-50 px-5 py-4">
      <p className="font-semibold">{message}</p>
      {corrected && <DidYouMean search={corrected} all={all} />}
      {unsearchable !== undefined && <p>{unsearchableMessage(unsearchable)}</p>}
      <p>Try one of these:</p>
      <ul className="list-disc space-y-1 pl-6 [overflow-wrap:anywhere]">
        {anyWord && (
          <li>
            <Link href={anyWord.href}>Find any of the words: {anyWord.words}</Link>
          </li>
        )}
        {filters.map((filter) => (
          <li key={filter.title}>
            <Link href={filter.removeHref}>
              Remove {filter.title.toLowerCase()}: {filter.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/cities">Browse by city</Link>
        </li>
        <li>
          <Link href="/policy-areas">Browse by policy area</Link>
        </li>
      </ul>
    </div>
  );
}
