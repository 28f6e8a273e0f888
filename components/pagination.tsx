import Link from "next/link";

/** Previous and next links between pages of results; nothing when everything fits on one page. */
export function Pagination({
  page,
  pageCount,
  previousHref,
  nextHref,
}: {
  page: number;
  pageCount: number;
  previousHref: string;
  nextHref: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages of results" className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
      {page > 1 && (
        <Link href={previousHref} rel="prev">
          ← Previous page
        </Link>
      )}
      <p className="text-stone-700">
        Page {page} of {pageCount}
      </p>
      {page < pageCount && (
        <Link href={nextHref} rel="next">
          Next page →
        </Link>
      )}
    </nav>
  );
}
