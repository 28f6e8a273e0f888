import { toCsv, type CsvRecord } from "./csv";
import type { CaseDocument, InventoryRow } from "./schema";

export const INVENTORY_COLUMNS = [
  "actor", "actor_slug", "area_of_expertise", "target_group", "facets", "innovation_note", "is_resource",
] as const;

/** The columns of a case's own inventory.csv. */
export const CASE_INVENTORY_COLUMNS = [...INVENTORY_COLUMNS, "sample"] as const;

/** One inventory row as a flat record; the facets semicolon-separated in the order the case gives them. */
export function inventoryRecord(row: InventoryRow): CsvRecord<(typeof INVENTORY_COLUMNS)[number]> {
  return {
    actor: row.actor.name,
    actor_slug: row.actor.slug,
    area_of_expertise: row.areaOfExpertise,
    target_group: row.targetGroup,
    facets: row.facets.join(";"),
    innovation_note: row.innovationNote,
    is_resource: row.isResource,
  };
}

/**
 * The inventory of one case as CSV: a header and a line per actor or resource, each saying whether the case is
 * made-up sample content (the file may travel without its page's label; the bulk table has it in cases.csv).
 */
export function inventoryCsv({ inventory, sample }: Pick<CaseDocument, "inventory" | "sample">): string {
  return toCsv(CASE_INVENTORY_COLUMNS, inventory.map((row) => ({ ...inventoryRecord(row), sample })));
}
