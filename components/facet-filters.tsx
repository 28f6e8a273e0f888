import Link from "next/link";
import { foldFacetValues, type FacetGroup, type FacetLink } from "@/lib/search/case-facets";
import { countOf } from "@/lib/plain-text";

/**
 * The facets of a search as plain links (no JavaScript needed): each value with the number of
 * results choosing it would give; the chosen value is marked and links to the search without it.
 */
export function FacetFilters({ groups, id }: { groups: FacetGroup[]; id: string }) {
  const headingId = `${id}-heading`;
  return (
    <nav id={id} aria-labelledby={headingId} className="space-y-6">
      <h2 id={headingId} className="text-xl">
        Filter cases
      </h2>
      {groups.map((group) => (
        <div key={group.name} className="space-y-2">
          <h3 className="text-base">{group.title}</h3>
          {group.values.length === 0 ? (
            <p className="text-sm text-stone-700">No values in these results.</p>
          ) : (
            <FacetValueList group={group} />
          )}
        </div>
      ))}
    </nav>
  );
}

/** The most frequent values, then the rest folded in a disclosure that needs no JavaScript. */
function FacetValueList({ group }: { group: FacetGroup }) {
  const { shown, folded } = foldFacetValues(group.values);
  return (
    <>
      <ValueLinks values={shown} />
      {folded.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer px-2 py-0.5 underline">
            {folded.length} more <span className="sr-only">{group.title.toLowerCase()} values</span>
          </summary>
          <ValueLinks values={folded} />
        </details>
      ) : null}
    </>
  );
}

function ValueLinks({ values }: { values: FacetLink[] }) {
  return (
    <ul className="space-y-1 text-sm [overflow-wrap:anywhere]">
      {values.map((value) => (
        <li key={value.href}>
          {value.isSelected ? (
            <Link
              href={value.href}
              aria-current="true"
              className="inline-flex flex-wrap items-baseline gap-x-2 rounded-md border border-teal-800 bg-teal-50 px-2 py-0.5 font-semibold text-teal-950"
            >
              <span>
                <span aria-hidden="true">✓ </span>
                {value.label}
                <span className="sr-only"> (selected, {countOf(value.count, "case")})</span>
              </span>
              <span className="text-xs font-normal underline">Remove</span>
            </Link>
          ) : (
            <Link href={value.href} className="inline-block px-2 py-0.5">
              {value.label}{" "}
              <span className="text-stone-700">
                ({value.count}
                <span className="sr-only"> {value.count === 1 ? "case" : "cases"}</span>)
              </span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
