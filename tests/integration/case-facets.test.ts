import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { listRecommendations } from "@/db/recommendations";
import { searchCases } from "@/db/search";
import { generateCases } from "@/bench/synthetic/cases";
import { importCases } from "@/db/cases";
import { describeOnEachDatabase } from "../support/databases";
import { importPublishedFixtures } from "../support/cases";

const facetsOfCases = () => getDb().execute<{ slug: string; facets: string; stakeholder_categories: string }>(
  sql`select slug, facets::text, stakeholder_categories::text from cases order by slug`).then((r) => [...r]);

describeOnEachDatabase("the facets written with a case", () => {
  it("are what migration 0008 gives the cases written before it", async () => {
    await importPublishedFixtures();
    await importCases([...generateCases(4, 11)], { publish: true });
    const written = await facetsOfCases();
    expect(written.some((c) => c.facets !== "{}")).toBe(true);
    await getDb().execute(sql`update cases set facets = '{}', stakeholder_categories = '{}'`);
    const backfill = readFileSync(path.join(MIGRATIONS_FOLDER, "0008_case_facets.sql"), "utf8").split("--> statement-breakpoint").at(-1)!;
    await getDb().execute(sql.raw(backfill));
    expect(await facetsOfCases()).toEqual(written);
  });

  it("give the total of a search and of the recommendations from the city counts, past the last page too", async () => {
    await importPublishedFixtures();
    const all = await searchCases({ page: 1 });
    expect(all.total).toBe(2);
    expect(all.facets.facet.reduce((n, v) => Math.max(n, v.count), 0)).toBeLessThanOrEqual(2);
    const paged = await searchCases({ page: 2 });
    expect(paged.total).toBe(2);
    expect(paged.hits).toEqual([]);
    const [{ n }] = (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from findings where kind = 'recommendation'`)) as unknown as [{ n: number }];
    expect((await listRecommendations({ page: 1 })).total).toBe(n);
    expect(await listRecommendations({ page: 50, city: "saint-etienne" })).toMatchObject({ items: [], total: expect.any(Number) });
    expect((await listRecommendations({ page: 1, city: "nowhere" })).total).toBe(0);
  });
});
