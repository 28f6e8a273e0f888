import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { afterAll, beforeAll, beforeEach, describe, inject } from "vitest";
import { connectDatabase, useDatabase, type DatabaseHandle } from "@/db/client";
import { startEmbedded } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { clearReadCache } from "@/db/read-cache";

/** The PostgreSQL server the integration tests create their databases on. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function isReachable(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const postgresReachable = await isReachable(POSTGRES_URL);
if (!postgresReachable && process.env.EKIP_REQUIRE_POSTGRES === "1") {
  throw new Error(`PostgreSQL is required (EKIP_REQUIRE_POSTGRES=1) but ${POSTGRES_URL} is not reachable`);
}

/** Every statement the data layer sent in the current test: to check that reads take a bounded number of queries. */
export const sentQueries: string[] = [];
const onQuery = (sql: string) => void sentQueries.push(sql);

type Opened = { handle: DatabaseHandle; dispose: () => Promise<void> };

let snapshot: Promise<Blob> | undefined;

async function openPglite(): Promise<Opened> {
  snapshot ??= readFile(inject("pgliteSnapshot")).then((bytes) => new Blob([bytes]));
  const embedded = await startEmbedded({ dataDir: null, snapshot: await snapshot });
  const handle = connectDatabase(embedded.url, { embedded: true, onQuery });
  return { handle, dispose: async () => { await handle.close(); await embedded.stop(); } };
}

async function openPostgres(): Promise<Opened> {
  const name = `ekip_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const handle = connectDatabase(url.toString(), { onQuery });
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Deletes every row and restarts every sequence. A superuser (PGlite's, and CI's) deletes with the foreign keys'
 * triggers off: on a table a test filled with a few rows that is about 20 ms, where a truncate of every table,
 * which makes each a new file, took 170 ms on PostgreSQL before every test. Anyone else truncates.
 */
async function emptyAllTables(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(`do $$ declare r record; tables text; begin
    if (select rolsuper from pg_roles where rolname = current_user) then
      set local session_replication_role = replica;
      for r in select tablename from pg_tables where schemaname = 'public' loop execute format('delete from %I', r.tablename); end loop;
      for r in select sequencename from pg_sequences where schemaname = 'public' loop execute format('alter sequence %I restart', r.sequencename); end loop;
    else
      select string_agg(format('%I', tablename), ', ') into tables from pg_tables where schemaname = 'public';
      if tables is not null then execute 'truncate ' || tables || ' restart identity cascade'; end if;
    end if; end $$`);
}

/**
 * Runs the suite once on the embedded PGlite and once on PostgreSQL, each on a freshly migrated
 * database, emptied before every test. Without a PostgreSQL server that half is skipped, loudly.
 */
export function describeOnEachDatabase(name: string, suite: (kind: "pglite" | "postgres") => void): void {
  for (const kind of ["pglite", "postgres"] as const) {
    const skip = kind === "postgres" && !postgresReachable;
    describe.skipIf(skip)(`${name} [${kind}${skip ? `: skipped, no PostgreSQL server at ${POSTGRES_URL}` : ""}]`, () => {
      let opened: Opened;
      beforeAll(async () => {
        opened = kind === "pglite" ? await openPglite() : await openPostgres();
        await migrateDatabase(opened.handle.db);
        useDatabase(opened.handle);
      });
      beforeEach(async () => {
        useDatabase(opened.handle);
        clearReadCache();
        await emptyAllTables(opened.handle);
        sentQueries.length = 0;
      });
      afterAll(async () => opened?.dispose());
      suite(kind);
    });
  }
}
