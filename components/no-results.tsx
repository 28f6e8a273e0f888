import Link from "next/link";
import type { ReactNode } from "react";
import type { ActiveFilter } from "@/lib/search/active-choices";
import { unsearchableMessage } from "@/lib/search/unsearchable";

/**
 * An empty result that suggests a way out: other words, when those searched for are all left out of the
 * search (`unsearchable`), or removing one of the filters or words that narrowed it.
 */
export function NoResults({ message, filters, unsearchable }: { message: ReactNode; filters: ActiveFilter[]; unsearchable?: string }) {
  return (
    <div className="max-w-[70ch] space-y-3 rounded-lg border border-stone-200 bg-stone-50 px-5 py-4">
      <p className="font-semibold">{message}</p>
      {unsearchable !== undefined && <p>{unsearchableMessage(unsearchable)}</p>}
      {filters.length > 0 && (
        <>
          <p>Try removing one of these:</p>
          <ul className="list-disc space-y-1 pl-6">
            {filters.map((filter) => (
              <li key={filter.title}>
                <Link href={filter.removeHref}>
                  Remove {filter.title.toLowerCase()}: {filter.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
