import { FACETS, FACET_LABELS } from "@/lib/case/schema";
import type { FacetCounts } from "@/lib/compare/opsi";
import { TableScroll } from "./table-scroll";

type Column = { slug: string; label: string; counts: FacetCounts; actors: number };

/** Actors per OPSI facet: the table is the chart; its bars are decoration the numbers already say. */
export function OpsiFacetTable({ columns }: { columns: Column[] }) {
  const max = Math.max(1, ...columns.flatMap((c) => FACETS.map((f) => c.counts[f])));
  return (
    <TableScroll labelledBy="opsi-table-caption">
      <table className="compare-facets w-full text-sm">
        <caption id="opsi-table-caption" className="table-scroll-caption text-left font-medium">
          Actors of each inventory by OPSI innovation facet (an actor with two facets counts in both)
        </caption>
        <thead>
          <tr>
            <th scope="col">Facet</th>
            {columns.map((c) => (
              <th scope="col" key={c.slug}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FACETS.map((facet) => (
            <tr key={facet}>
              <th scope="row">{FACET_LABELS[facet]}</th>
              {columns.map((c) => (
                <td key={c.slug}>
                  <span className="flex items-center gap-2">
                    <span className="w-6 text-right tabular-nums">{c.counts[facet]}</span>
                    <span aria-hidden="true" className={`facet-bar facet-bar-${facet}`} style={{ width: `${(c.counts[facet] / max) * 100}%` }} />
                  </span>
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Actors in the inventory</th>
            {columns.map((c) => (
              <td key={c.slug} className="tabular-nums">{c.actors}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
