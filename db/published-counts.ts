import "server-only";
import { sql } from "drizzle-orm";
import type { CaseFilterName } from "@/lib/search/case-filters";
import { getDb } from "./client";

export type PublishedCount = { facet: CaseFilterName; value: string; label: string | null; count: number };

/**
 * The counts of /cases (published cases) or of /recommendations (their recommendations) with nothing
 * chosen, read from published_counts: one row per value, however many cases there are.
 */
export async function readPublishedCounts(of: "cases" | "recommendations"): Promise<PublishedCount[]> {
  const count = of === "cases" ? sql`cases` : sql`recommendations`;
  const facets = of === "cases" ? sql`true` : sql`facet in ('city', 'country', 'policyArea')`;
  const rows = await getDb().execute<PublishedCount>(sql`
    select facet, value, label, ${count} as count from published_counts where ${count} > 0 and ${facets}`);
  return [...rows];
}
