import { FACETS, type Facet, type InventoryRow } from "../case/schema";

export type FacetCounts = Record<Facet, number>;

/** How many inventory rows (actors) carry each OPSI facet; a row with two facets counts in both. */
export function countFacets(inventory: InventoryRow[]): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, 0])) as FacetCounts;
  for (const row of inventory) for (const facet of row.facets) counts[facet]++;
  return counts;
}

/**
 * Where the inventory sits on the OPSI diamond: x from certainty (-1, enhancement-oriented) to
 * uncertainty (+1, anticipatory), y from undirected (-1, adaptive) to directed (+1, mission-oriented).
 * The mean of every facet mention, each pulling towards its own corner.
 */
export function diamondPosition(counts: FacetCounts): { x: number; y: number } | null {
  const total = FACETS.reduce((sum, f) => sum + counts[f], 0);
  if (!total) return null;
  return { x: (counts.anticipatory - counts.enhancement) / total, y: (counts.mission - counts.adaptive) / total };
}

export const DIAMOND_AXES = {
  enhancement: "certainty",
  anticipatory: "uncertainty",
  mission: "directed",
  adaptive: "undirected",
} as const satisfies Record<Facet, string>;
