import Link from "next/link";
import type { ReactNode } from "react";
import type { InventoryRow } from "@/lib/case/schema";
import { Badge } from "./badge";
import { FacetBadge } from "./facet-badge";
import { TableScroll } from "./table-scroll";

function InnovationCharacter({ row }: { row: InventoryRow }) {
  return (
    <div className="space-y-1.5">
      {row.facets.length > 0 && (
        <p className="flex flex-wrap gap-1.5">
          {row.facets.map((facet) => (
            <FacetBadge key={facet} facet={facet} />
          ))}
        </p>
      )}
      {row.innovationNote && <p>{row.innovationNote}</p>}
    </div>
  );
}

const COLUMNS = ["Actor", "Area of expertise", "Target group", "Innovation character (OPSI)"] as const;

/** A cell; on a phone, where the header row is not shown, it names its column itself (screen readers have the header). */
function Cell({ column, empty, children }: { column: string; empty: boolean; children: ReactNode }) {
  return (
    // An empty cell is only hidden from sight: removed, the cells after it would be read under the wrong headers.
    <td role="cell" className={`px-4 py-3 max-sm:block max-sm:py-1 ${empty ? "max-sm:sr-only" : ""}`.trim()}>
      <span className="block text-xs font-semibold text-stone-600 sm:hidden" aria-hidden="true">{column}</span>
      {children}
    </td>
  );
}

/**
 * The inventory of actors and resources. Narrower than the table, the table scrolls inside its own focusable
 * region (keyboard users can scroll it too) instead of widening the page; on a phone each row is a card.
 */
export function InventoryTable({ rows, cityName }: { rows: InventoryRow[]; cityName: string }) {
  const hasResources = rows.some((row) => row.isResource);
  return (
    <div className="space-y-4">
      <p id="inventory-note" className="prose-text">
        The actors and resources the participants mapped in {cityName}, with the innovation character of each as the OPSI
        model describes it (enhancement-oriented, mission-oriented, adaptive or anticipatory).
        {hasResources &&
          " Rows marked “Resource” were listed as resources the portfolio can draw on rather than as actors taking part in it."}
      </p>
      <TableScroll labelledBy="inventory-caption" className="scroll-hint rounded-lg border border-stone-200">
        {/* On a phone each row is a card (the table is 44rem wide): the explicit roles keep it a table for screen
            readers, which some browsers stop calling one once its parts are blocks. */}
        <table role="table" aria-describedby="inventory-note" className="w-full border-collapse text-left text-sm max-sm:block sm:min-w-[44rem]">
          <caption id="inventory-caption" className="table-scroll-caption px-4 pt-3 pb-2 text-left font-semibold text-stone-900 max-sm:block">
            Inventory of actors and resources in {cityName}
          </caption>
          <thead role="rowgroup" className="border-y border-stone-300 bg-stone-100 align-bottom max-sm:sr-only">
            <tr role="row">
              {COLUMNS.map((column) => (
                <th key={column} scope="col" role="columnheader" className="px-4 py-2 font-semibold">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup" className="divide-y divide-stone-200 align-top max-sm:block max-sm:border-t max-sm:border-stone-300">
            {rows.map((row, index) => (
              <tr key={`${row.actor.slug}-${index}`} role="row" className={`max-sm:block max-sm:py-2 ${row.isResource ? "bg-stone-50" : ""}`.trim()}>
                <th scope="row" role="rowheader" className="px-4 py-3 font-semibold max-sm:block max-sm:py-1">
                  <Link href={`/actors/${row.actor.slug}`} className="block">
                    {row.actor.name}
                  </Link>
                  {row.isResource && (
                    <span className="mt-1 block">
                      <Badge tone="strong">Resource</Badge>
                    </span>
                  )}
                </th>
                <Cell column={COLUMNS[1]} empty={!row.areaOfExpertise}>{row.areaOfExpertise}</Cell>
                <Cell column={COLUMNS[2]} empty={!row.targetGroup}>{row.targetGroup}</Cell>
                <Cell column={COLUMNS[3]} empty={!row.facets.length && !row.innovationNote}>
                  <InnovationCharacter row={row} />
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
