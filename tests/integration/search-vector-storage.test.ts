import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { clearReadCache } from "@/db/read-cache";
import { searchCases } from "@/db/search";
import { generateCases } from "@/bench/synthetic/cases";
import { describeOnEachDatabase } from "../support/databases";

/** Chunks of the cases' TOAST table: what a read of values kept out of the row looks up. */
async function toastChunks(): Promise<number> {
  const [{ toast }] = (await getDb().execute<{ toast: string }>(sql`select reltoastrelid::regclass::text as toast from pg_class where oid = 'cases'::regclass`)) as unknown as [{ toast: string }];
  const [{ n }] = (await getDb().execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${toast}`))) as unknown as [{ n: number }];
  return n;
}

const ranked = async () => (await searchCases({ q: "funding", page: 1 })).hits.map((h) => h.slug);

describeOnEachDatabase("the search vectors of cases", () => {
  it("are kept in the case's row, and migration 0011 moves there those stored before it, ranking the same", async () => {
    await importCases([...generateCases(6, 5)], { publish: true });
    const storage = await getDb().execute<{ name: string; storage: string }>(sql`
      select attname::text as name, attstorage::text as storage from pg_attribute
      where attrelid = 'cases'::regclass and attname in ('search_vector', 'slug', 'focus', 'title', 'facets', 'stakeholder_categories') order by 1`);
    expect(storage.map((c) => c.storage)).toEqual(["m", "m", "m", "m", "m", "m"]);
    const inRow = await toastChunks();
    const before = await ranked();

    // As stored before migration 0011: out of line.
    await getDb().execute(sql`alter table cases alter column search_vector set storage extended, alter column slug set storage extended,
      alter column focus set storage extended, alter column title set storage extended, alter column facets set storage extended,
      alter column stakeholder_categories set storage extended`);
    await getDb().execute(sql`update cases set search_title = search_title`);
    const outOfLine = await toastChunks();
    expect(outOfLine).toBeGreaterThan(inRow);

    const migration = readFileSync(path.join(MIGRATIONS_FOLDER, "0011_search_vector_inline.sql"), "utf8");
    for (const statement of migration.split("--> statement-breakpoint")) await getDb().execute(sql.raw(statement));
    expect(await toastChunks()).toBe(inRow);
    clearReadCache();
    expect(await ranked()).toEqual(before);
    expect(before.length).toBeGreaterThan(1);
  });
});
