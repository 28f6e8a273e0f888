import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, getTableColumns, getTableName, sql, type Column } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "./client";
import { bumpContentRevision } from "./content-revision";
import { MIGRATIONS_FOLDER } from "./migrate";
import { rekeyOrganisations } from "./organisations";
import * as t from "./schema";
import { remakeStaleSearchTexts } from "./search-texts";
import type { Transaction } from "./transaction";

export const DUMP_FORMAT = "ekip-dump/1";

/**
 * What a dump carries, in the order it is restored (each table after those it points at), and the
 * columns it leaves out: the links to accounts, which are not carried (their emails are kept beside them).
 */
const CONTENT_TABLES = {
  cities: { table: t.cities },
  policyAreas: { table: t.policyAreas },
  organisations: { table: t.organisations },
  methods: { table: t.methods },
  cases: { table: t.cases },
  participants: { table: t.participants },
  stakeholders: { table: t.stakeholders },
  themeGroups: { table: t.themeGroups },
  themeItems: { table: t.themeItems },
  inventoryRows: { table: t.inventoryRows },
  findings: { table: t.findings },
  caseMethods: { table: t.caseMethods },
  extraSections: { table: t.extraSections },
  caseRevisions: { table: t.caseRevisions, without: ["authorId"] },
  caseStatusChanges: { table: t.caseStatusChanges, without: ["authorId"] },
} satisfies Record<string, { table: PgTable; without?: string[] }>;
const AUDIT_TABLE = { table: t.auditLog, without: ["actorId"] };

type TableName = keyof typeof CONTENT_TABLES | "auditLog";
type Spec = { table: PgTable; without?: string[] };
type Row = Record<string, unknown>;

/** The columns a dump carries: all but generated ones (search vectors) and links to accounts. */
function carriedColumns({ table, without = [] }: Spec): Array<[string, Column]> {
  return Object.entries(getTableColumns(table)).filter(([key, column]) => !without.includes(key) && !column.generated);
}

/** A row's zod schema, read from the Drizzle table, so that the dump follows the schema by itself. */
function columnSchema(column: Column): z.ZodType {
  let schema: z.ZodType;
  if (column.enumValues?.length && column.dataType === "string") schema = z.enum(column.enumValues as [string, ...string[]]);
  else if (column.dataType === "array") schema = z.array(columnSchema((column as unknown as { baseColumn: Column }).baseColumn).nonoptional());
  else if (column.dataType === "number") schema = z.number().int();
  else if (column.dataType === "boolean") schema = z.boolean();
  else if (column.dataType === "date") schema = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
  else if (column.dataType === "json") schema = z.json();
  else if (column.dataType === "string") schema = z.string();
  else throw new Error(`the dump cannot carry column ${column.name} (${column.dataType})`);
  return column.notNull ? schema : schema.nullable();
}

const rowSchema = (spec: Spec, added: readonly string[] = []) =>
  z.strictObject(Object.fromEntries(carriedColumns(spec).map(([key, column]) => [key, added.includes(key) ? columnSchema(column).optional() : columnSchema(column)])));

/**
 * Earlier database versions whose dumps this code restores as they are. 0018 changed only the search vectors,
 * which no dump carries; 0019 added `cases.search_text_version`, which a dump made before it lacks: those cases
 * take 0, and their search texts are made again after the restore; 0020 added indexes only; 0021 changed how
 * organisations are keyed, and their keys are made again after the restore; 0022 added a function and an index; 0023
 * wrote a function again, the same but for its schema; 0024 added `cases.editors_note`, which a dump made before it
 * lacks: those cases take none (''); 0025 added search_words, which the database keeps from the cases
 * (KEPT_FROM_CONTENT); 0026 added `cases.former_slugs`, which a dump made before it lacks: those cases
 * had no other address. A migration that changes what a dump carries
 * otherwise empties this list: tests/unit/dump-versions.test.ts fails for a change of the stored columns (from
 * drizzle-kit's snapshots); one that rewrites stored values must empty it by hand.
 */
export const RESTORABLE_EARLIER_VERSIONS: readonly string[] = ["0017_case_status_changes", "0018_british_ize", "0019_search_text_version", "0020_actor_name_letters", "0021_letters_of_every_script", "0022_cities_in_alphabetical_order", "0023_functions_survive_pg_dump", "0024_editors_note", "0025_search_words"];
/** Tables the database fills from the cases by itself (triggers, migration 0025): a dump does not carry them, a restore fills them. */
export const KEPT_FROM_CONTENT: readonly string[] = ["search_words"];
/** Columns added since the earliest of those versions: a dump may leave them out, and they take their default. */
export const ADDED_SINCE: Record<string, readonly string[]> = { cases: ["searchTextVersion", "editorsNote", "formerSlugs"] };

/** The last migration applied by this code: a dump restores only into the table layout it came from. */
export function currentSchemaVersion(): string {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: Array<{ tag: string }> };
  return journal.entries.at(-1)!.tag;
}

export const dumpSchema = z.strictObject({
  format: z.literal(DUMP_FORMAT, { error: `not an ekip dump of format ${DUMP_FORMAT}` }),
  schemaVersion: z.string(),
  exportedAt: z.iso.datetime({ offset: true }),
  tables: z.strictObject({
    ...(Object.fromEntries(Object.entries(CONTENT_TABLES).map(([name, spec]) => [name, z.array(rowSchema(spec, ADDED_SINCE[name]))])) as unknown as Record<keyof typeof CONTENT_TABLES, z.ZodArray<z.ZodType<Row>>>),
    auditLog: z.array(rowSchema(AUDIT_TABLE) as z.ZodType<Row>).optional(),
  }),
});
export type Dump = z.output<typeof dumpSchema>;

function specs(withAudit: boolean): Array<[TableName, Spec]> {
  return [...Object.entries(CONTENT_TABLES), ...(withAudit ? [["auditLog", AUDIT_TABLE] as const] : [])] as Array<[TableName, Spec]>;
}

/** Every table of the content, read in one snapshot, rows in id order. Not the accounts (see docs/deployment.md). */
export async function exportContent({ audit = false } = {}): Promise<Record<string, unknown>> {
  const tables = await getDb().transaction(
    async (tx) => {
      const out: Record<string, Row[]> = {};
      for (const [name, spec] of specs(audit)) {
        const columns = Object.fromEntries(carriedColumns(spec)) as Record<string, PgColumn>;
        out[name] = await tx.select(columns).from(spec.table).orderBy(...Object.values(getTableColumns(spec.table)).filter((c) => c.primary).map((c) => asc(c)));
      }
      return out;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  return { format: DUMP_FORMAT, schemaVersion: currentSchemaVersion(), exportedAt: new Date().toISOString(), tables };
}

export class DumpError extends Error {}

/** Reads and checks a dump: any problem is a DumpError with a message for people, before anything is written. */
export function parseDump(text: string): Dump {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DumpError(`not a JSON file: ${(error as Error).message}`);
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== DUMP_FORMAT) throw new DumpError(`not an ekip dump of format ${DUMP_FORMAT} (the file says ${JSON.stringify(format ?? null)})`);
  // Before the tables: a dump of another version has other tables, and its version is what to tell.
  const expected = currentSchemaVersion();
  const schemaVersion = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof schemaVersion === "string" && schemaVersion !== expected && !RESTORABLE_EARLIER_VERSIONS.includes(schemaVersion)) {
    const also = RESTORABLE_EARLIER_VERSIONS.length ? ` (and restores dumps made at ${RESTORABLE_EARLIER_VERSIONS.join(", ")})` : "";
    throw new DumpError(`the dump was made at database version ${schemaVersion}; this code is at ${expected}${also}: restore it with the version of the app that made it, then upgrade`);
  }
  const parsed = dumpSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new DumpError(`the dump is not valid (${parsed.error.issues.length} problem${parsed.error.issues.length === 1 ? "" : "s"}):\n${issues.join("\n")}`);
  }
  return parsed.data;
}

/**
 * Restores a dump into a database with no content (freshly migrated; accounts may exist), in one
 * transaction: a refusal or a failure half-way leaves the database as it was. Then makes again the search
 * texts of cases written under other rules than this code's, and the match keys of organisations keyed under
 * others (a dump of an earlier version).
 */
export async function importContent(dump: Dump): Promise<Record<string, number>> {
  const counts = await restoreContent(dump);
  await remakeStaleSearchTexts(getDb());
  await rekeyOrganisations(getDb());
  return counts;
}

async function restoreContent(dump: Dump): Promise<Record<string, number>> {
  return getDb().transaction(async (tx) => {
    const withAudit = !!dump.tables.auditLog;
    const filled = [];
    for (const [name, spec] of specs(withAudit)) {
      const [row] = await tx.select({ any: sql<number>`1` }).from(spec.table).limit(1);
      if (row) filled.push(getTableName(spec.table));
    }
    if (filled.length) throw new DumpError(`the database is not empty (${filled.join(", ")} hold rows): restore into a new, empty database`);
    const counts: Record<string, number> = {};
    for (const [name, spec] of specs(withAudit)) {
      const rows = dump.tables[name] ?? [];
      for (let i = 0; i < rows.length; i += 500) await tx.insert(spec.table).values(rows.slice(i, i + 500) as never);
      await restartIdentity(tx, spec.table);
      counts[name] = rows.length;
    }
    await bumpContentRevision(tx);
    return counts;
  });
}

/** The ids were restored as they were: the next new row takes the one after the highest. */
async function restartIdentity(tx: Transaction, table: PgTable): Promise<void> {
  const name = getTableName(table);
  await tx.execute(sql`select setval(pg_get_serial_sequence(${name}, 'id'), coalesce((select max(id) from ${sql.identifier(name)}), 0) + 1, false)`);
}
