import Link from "next/link";
import type { SearchLink } from "@/lib/search/other-searches";

/**
 * "Did you mean …?": the search with its misspelt words corrected, the filters kept; or, when with them it finds
 * nothing, in `all` ("all cases") without them, which the sentence says.
 */
export function DidYouMean({ search, all }: { search: SearchLink; all: string }) {
  return (
    <p className="text-lg">
      Did you mean{" "}
      <Link href={search.href} className="font-semibold italic">
        {search.words}
      </Link>
      {search.isInAll && ` (in ${all}: with the filters chosen it finds none)`}?
    </p>
  );
}
