import Link from "next/link";
import type { SearchLink } from "@/lib/search/other-searches";

/** "Did you mean …?": the search with its misspelt words corrected, the filters kept. */
export function DidYouMean({ search }: { search: SearchLink }) {
  return (
    <p className="text-lg">
      Did you mean{" "}
      <Link href={search.href} className="font-semibold italic">
        {search.words}
      </Link>
      ?
    </p>
  );
}
