import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { saveCase, setCaseStatus } from "@/db/case-editing";
import { mergeOrganisations } from "@/db/catalog";
import { getCaseDocument } from "@/db/cases";
import { getDb } from "@/db/client";
import { DUMP_FORMAT, DumpError, exportContent, importContent, parseDump } from "@/db/dump";
import { searchCases } from "@/db/search";
import { seedDatabase } from "@/db/seed";
import { emptyContent } from "../support/content";
import { describeOnEachDatabase } from "../support/databases";
import { person } from "../support/people";

const editor = () => person("editor@example.org", "editor");

/** The delivered case and the samples, one case edited three times, two organisations merged. */
async function fillDatabase(): Promise<void> {
  await seedDatabase({ samples: true });
  const by = await editor();
  const slug = "saint-etienne-artificial-intelligence";
  const [{ id }] = (await getDb().execute(sql`select id from cases where slug = ${slug}`)) as unknown as [{ id: number }];
  for (const [version, context] of [[1, "A shorter context."], [2, "A second thought, with « accents » and\nlines."], [3, "Third."]] as const) {
    const document = (await getCaseDocument(slug))!;
    await saveCase(by, id, { ...document, context }, { expectedVersion: version, message: `edit ${version}` });
  }
  const [a, b] = (await getDb().execute(sql`select slug from organisations order by id limit 2`)) as unknown as Array<{ slug: string }>;
  await mergeOrganisations(by, { keep: a!.slug, merge: b!.slug });
  await setCaseStatus(by, id, { to: "archived", expectedVersion: 4, note: "Back for corrections « here »" }, { cities: [], policyAreas: [] });
}

const withoutTime = ({ exportedAt: _, ...dump }: Record<string, unknown>) => dump;

describeOnEachDatabase("dump and restore", () => {
  it("restores into an empty database exactly what was exported, revisions, changes of status and merged organisations included", async () => {
    await fillDatabase();
    const first = await exportContent({ audit: true });
    const tables = first.tables as Record<string, Array<Record<string, unknown>>>;
    expect(tables.cases!.length).toBe(4);
    expect(tables.caseRevisions!.filter((r) => r.message === "edit 3")).toHaveLength(1);
    expect(tables.caseStatusChanges!.filter((c) => c.note === "Back for corrections « here »" && c.authorEmail === "editor@example.org")).toHaveLength(1);
    expect(tables.organisations!.some((o) => (o.mergedSlugs as string[]).length && (o.aliases as string[]).length)).toBe(true);
    expect(JSON.stringify(first)).not.toMatch(/password|argon2/);

    await emptyContent();
    await importContent(parseDump(JSON.stringify(first)));
    const second = await exportContent({ audit: true });
    expect(withoutTime(JSON.parse(JSON.stringify(second)))).toEqual(withoutTime(JSON.parse(JSON.stringify(first))));
    expect((await getCaseDocument("saint-etienne-artificial-intelligence"))?.context).toBe("Third.");
    // The ids go on from the restored ones: a new case does not collide.
    const [next] = (await getDb().execute(sql`select nextval(pg_get_serial_sequence('cases', 'id')) as id`)) as unknown as [{ id: string }];
    expect(Number(next.id)).toBe(Math.max(...tables.cases!.map((c) => c.id as number)) + 1);
  });

  it("refuses a database that has content, and changes nothing", async () => {
    await fillDatabase();
    const dump = parseDump(JSON.stringify(await exportContent()));
    const before = await exportContent();
    await expect(importContent(dump)).rejects.toThrow(/not empty \(cities, policy_areas, organisations, methods, cases/);
    expect(withoutTime(await exportContent())).toEqual(withoutTime(before));
  });

  it("refuses a bad, foreign or other-version file with a clear message", () => {
    expect(() => parseDump("{ not json")).toThrow(/not a JSON file/);
    expect(() => parseDump(JSON.stringify({ format: "ekip-case/1" }))).toThrow(`not an ekip dump of format ${DUMP_FORMAT} (the file says "ekip-case/1")`);
    const empty = { format: DUMP_FORMAT, schemaVersion: "0000_foundation", exportedAt: new Date().toISOString(), tables: Object.fromEntries(
      ["cities", "policyAreas", "organisations", "methods", "cases", "participants", "stakeholders", "themeGroups", "themeItems", "inventoryRows", "findings", "caseMethods", "extraSections", "caseRevisions"].map((n) => [n, []])) };
    expect(() => parseDump(JSON.stringify(empty))).toThrow(/made at database version 0000_foundation; this code is at \d{4}_\w+/);
    // A dump of an earlier version lacks the tables added since: its version is what is said, not the missing table.
    const earlier = { ...empty, schemaVersion: "0016_catalog_description_unset" };
    expect(() => parseDump(JSON.stringify(earlier))).toThrow(/made at database version 0016_catalog_description_unset; this code is at 0026_\w+ \(and restores dumps made at 0017_case_status_changes, 0018_british_ize, 0019_search_text_version, 0020_actor_name_letters, 0021_letters_of_every_script, 0022_cities_in_alphabetical_order, 0023_functions_survive_pg_dump, 0024_editors_note, 0025_search_words\)/);
  });

  it("restores a dump made before migration 0019, whose cases' search texts are then written under this code's rules", async () => {
    await fillDatabase();
    const current = await exportContent();
    const older = structuredClone(current) as { schemaVersion: string; tables: Record<string, Array<Record<string, unknown>>> };
    older.schemaVersion = "0018_british_ize";
    // Made at 0018: no search_text_version, and texts without the methods.
    for (const row of older.tables.cases!) {
      delete row.searchTextVersion;
      row.searchBody = (row.searchBody as string).split("\n").filter((line) => !line.includes("LIEPT")).join("\n");
    }
    await emptyContent();
    await importContent(parseDump(JSON.stringify(older)));
    expect(withoutTime(await exportContent())).toEqual(withoutTime(current));
    // The published cases that used the LIEPT model: the samples (the delivered case was archived).
    const hits = (await searchCases({ q: "LIEPT", page: 1 })).hits.map((h) => h.slug).sort();
    expect(hits).toEqual(["ballyvara-artificial-intelligence", "porto-sereno-new-european-bauhaus", "wierzbno-green-transition"]);
  });

  it("restores a dump made before migration 0024, whose cases then have no editors' note", async () => {
    await fillDatabase();
    const current = await exportContent();
    const older = structuredClone(current) as { schemaVersion: string; tables: Record<string, Array<Record<string, unknown>>> };
    older.schemaVersion = "0023_functions_survive_pg_dump";
    // The delivered case has one (content/editors-notes/).
    expect(older.tables.cases!.filter((row) => row.editorsNote).length).toBeGreaterThan(0);
    const notes = (dump: unknown) => (dump as typeof older).tables.cases!.map((row) => row.editorsNote);
    const before = notes(older);
    for (const row of older.tables.cases!) delete row.editorsNote;
    await emptyContent();
    await importContent(parseDump(JSON.stringify(older)));
    expect(notes(await exportContent())).toEqual(before.map(() => ""));
  });

  it("a dump that breaks half-way (a row pointing at nothing) writes nothing", async () => {
    await fillDatabase();
    const dump = JSON.parse(JSON.stringify(await exportContent())) as { tables: Record<string, Array<Record<string, unknown>>> };
    dump.tables.findings![0]!.caseId = 999_999;
    const wrongType = structuredClone(dump);
    wrongType.tables.cases![0]!.status = "lost";
    expect(() => parseDump(JSON.stringify(wrongType))).toThrow(/tables\.cases\.0\.status/);
    await emptyContent();
    await expect(importContent(parseDump(JSON.stringify(dump)))).rejects.toThrow();
    const [count] = (await getDb().execute(sql`select (select count(*) from cases) + (select count(*) from cities) as n`)) as unknown as [{ n: string }];
    expect(Number(count.n)).toBe(0);
  });
});
