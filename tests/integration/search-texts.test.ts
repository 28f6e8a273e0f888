import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getContentRevision } from "@/db/content-revision";
import { MIGRATIONS_FOLDER, migrateDatabase } from "@/db/migrate";
import { clearReadCache } from "@/db/read-cache";
import { searchCases } from "@/db/search";
import { seedDatabase } from "@/db/seed";
import { SEARCH_TEXT_VERSION } from "@/lib/case/search-text";
import { describeOnEachDatabase } from "../support/databases";

const SLUG = "saint-etienne-artificial-intelligence";

async function found(q: string): Promise<string[]> {
  clearReadCache();
  return (await searchCases({ q, page: 1 })).hits.map((h) => h.slug);
}

type Stored = { search_body: string; search_text_version: number; version: number; updated_at: string };
async function stored(): Promise<Stored> {
  const [row] = (await getDb().execute(sql`select search_body, search_text_version, version, updated_at::text from cases where slug = ${SLUG}`)) as unknown as Stored[];
  return row!;
}

describeOnEachDatabase("search texts written under earlier rules", () => {
  it("are made again by the next migration run after migration 0019: the methods are found, the case itself unchanged", async () => {
    await seedDatabase();
    expect(await found("LIEPT")).toEqual([SLUG]);
    const current = await stored();
    expect(current.search_text_version).toBe(SEARCH_TEXT_VERSION);

    // As migration 0018's code left it: no version kept, and the methods not in the text.
    const withoutMethods = current.search_body.split("\n").filter((line) => !line.startsWith("Methods used: ")).join("\n");
    expect(withoutMethods.split("\n")).toHaveLength(current.search_body.split("\n").length - 1);
    await getDb().execute(sql`alter table cases drop column search_text_version`);
    await getDb().execute(sql`update cases set search_body = ${withoutMethods}`);
    expect(await found("LIEPT")).toEqual([]);

    const migration = readFileSync(path.join(MIGRATIONS_FOLDER, "0019_search_text_version.sql"), "utf8");
    for (const statement of migration.split("--> statement-breakpoint")) await getDb().execute(sql.raw(statement));
    const revision = await getContentRevision();
    const said: string[] = [];
    await migrateDatabase(getDb(), { log: (line) => said.push(line) });

    expect(said).toEqual(["search texts made again for 1 case: the rules that write them changed"]);
    expect(await stored()).toEqual(current);
    expect(await found("LIEPT")).toEqual([SLUG]);
    // By their names: the words of their descriptions, the same in every case, find none ("Lund Innovation Ecosystem Portfolio Tracking").
    expect(await found("Lund")).toEqual([]);
    // Searches find otherwise now: the caches of every instance miss.
    expect(await getContentRevision()).toBeGreaterThan(revision);

    await migrateDatabase(getDb(), { log: (line) => said.push(line) });
    expect(said).toHaveLength(1);
  });
});
