import { readFileSync } from "node:fs";
import path from "node:path";
import { getTableColumns, getTableName } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ADDED_SINCE, currentSchemaVersion, KEPT_FROM_CONTENT, RESTORABLE_EARLIER_VERSIONS } from "@/db/dump";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import * as t from "@/db/schema";

type Snapshot = { tables: Record<string, { columns: Record<string, { type: string; notNull: boolean; default?: unknown; generated?: unknown }> }>; enums: Record<string, { values: string[] }> };

/** What a database version stores that is not generated, from drizzle-kit's snapshot of it: the stuff of a dump. */
function storedLayout(tag: string) {
  const snapshot = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", `${tag.slice(0, 4)}_snapshot.json`), "utf8")) as Snapshot;
  const carried = Object.entries(snapshot.tables).filter(([table]) => !KEPT_FROM_CONTENT.includes(table.replace(/^public\./, "")));
  const columns = carried.flatMap(([table, { columns }]) =>
    Object.entries(columns).filter(([, c]) => !c.generated).map(([name, c]) => `${table}.${name} ${c.type}${c.notNull ? " not null" : ""} default ${JSON.stringify(c.default ?? null)}`));
  return { columns: columns.sort(), enums: snapshot.enums };
}

describe("the earlier database versions whose dumps this code restores", () => {
  it("store what this version stores, but for the columns a dump may leave out", () => {
    const added = Object.entries(ADDED_SINCE).flatMap(([key, names]) => {
      const table = t[key as keyof typeof t] as Parameters<typeof getTableColumns>[0];
      return names.map((name) => `public.${getTableName(table)}.${getTableColumns(table)[name]!.name} `);
    });
    // A dump may carry those columns or leave them out: compared without them.
    const withoutAdded = (columns: string[]) => columns.filter((column) => !added.some((prefix) => column.startsWith(prefix)));
    const current = storedLayout(currentSchemaVersion());
    expect(added).toEqual(["public.cases.search_text_version ", "public.cases.editors_note ", "public.cases.former_slugs "]);
    for (const version of RESTORABLE_EARLIER_VERSIONS) {
      const earlier = storedLayout(version);
      expect(earlier.enums, version).toEqual(current.enums);
      expect(withoutAdded(earlier.columns), `${version}: a migration since changed what a dump carries; empty RESTORABLE_EARLIER_VERSIONS`).toEqual(withoutAdded(current.columns));
    }
  });
});
