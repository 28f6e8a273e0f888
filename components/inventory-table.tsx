import Link from "next/link";
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

/**
 * The inventory of actors and resources. On narrow screens the table scrolls inside its own
 * focusable region (keyboard users can scroll it too) instead of widening the page.
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
        <table aria-describedby="inventory-note" className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <caption id="inventory-caption" className="table-scroll-caption px-4 pt-3 pb-2 text-left font-semibold text-stone-900">
            Inventory of actors and resources in {cityName}
          </caption>
          <thead className="border-y border-stone-300 bg-stone-100 align-bottom">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">Actor</th>
              <th scope="col" className="px-4 py-2 font-semibold">Area of expertise</th>
              <th scope="col" className="px-4 py-2 font-semibold">Target group</th>
              <th scope="col" className="px-4 py-2 font-semibold">Innovation character (OPSI)</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200 align-top">
            {rows.map((row, index) => (
              <tr key={`${row.actor.slug}-${index}`} className={row.isResource ? "bg-stone-50" : undefined}>
                <th scope="row" className="px-4 py-3 font-semibold">
                  <Link href={`/actors/${row.actor.slug}`} className="block">
                    {row.actor.name}
                  </Link>
                  {row.isResource && (
                    <span className="mt-1 block">
                      <Badge tone="strong">Resource</Badge>
                    </span>
                  )}
                </th>
                <td className="px-4 py-3">{row.areaOfExpertise}</td>
                <td className="px-4 py-3">{row.targetGroup}</td>
                <td className="px-4 py-3">
                  <InnovationCharacter row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
