import Link from "next/link";
import type { ActiveFilter } from "@/lib/search/active-choices";

/** What narrows the current search, each with a link that removes it. */
export function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  if (filters.length === 0) return null;
  return (
    <div className="space-y-2">
      <h2 className="text-base">Your search</h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {filters.map((filter) => (
          <li key={filter.title} className="max-w-full rounded-full border border-stone-300 bg-stone-50 py-0.5 pr-1 pl-3 [overflow-wrap:anywhere]">
            <span className="font-semibold">{filter.title}:</span> {filter.label}{" "}
            <Link href={filter.removeHref} className="ml-1 rounded-full px-2 print:hidden">
              Remove<span className="sr-only"> {filter.title.toLowerCase()} {filter.label}</span>
            </Link>
          </li>
        ))}
        {filters.length > 1 && (
          <li className="py-0.5 print:hidden">
            <Link href={clearHref}>Clear all</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
