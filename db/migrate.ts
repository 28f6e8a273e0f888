import { sql } from "drizzle-orm";
import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client";
import { rekeyOrganisations } from "./organisations";
import { remakeStaleSearchTexts } from "./search-texts";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** An arbitrary constant: the advisory lock every instance takes to migrate. */
const MIGRATION_LOCK = 7_410_281_164;

/**
 * Brings the database up to this code: applies the committed migrations, then makes again the search texts of
 * cases written under other rules (db/search-texts.ts) and the match keys of organisations keyed under others
 * (db/organisations.ts), saying so through `log`.
 */
export async function migrateDatabase(db: Database, { log = (_: string) => {} } = {}): Promise<void> {
  await applyMigrations(db);
  const remade = await remakeStaleSearchTexts(db);
  if (remade) log(`search texts made again for ${remade} case${remade === 1 ? "" : "s"}: the rules that write them changed`);
  const { rekeyed, joined } = await rekeyOrganisations(db);
  if (rekeyed) log(`match keys made again for ${rekeyed} organisation${rekeyed === 1 ? "" : "s"}: letters of every script count (migration 0021)`);
  if (joined.length) log(`warning: ${joined.join("; ")}: matched before 0021 with organisations of other names (their other spellings); see the catalog (docs/decisions/0021-letters-of-every-script.md)`);
  const [{ ctype } = { ctype: "" }] = await db.execute<{ ctype: string }>(sql`select datctype as ctype from pg_database where datname = current_database()`);
  if (/^(C|POSIX)$/i.test(ctype)) log(`warning: the database's character type is ${ctype}: the name search sees the letters a to z only, not Greek or Cyrillic ones; create it with a UTF-8 one, such as C.UTF-8 (docs/deployment.md)`);
}

/**
 * Safe to run on every start, and on several instances starting at once: they take turns under a PostgreSQL
 * advisory lock, held by a connection of its own while the migrator works on another, so the second finds the
 * work done. The embedded database has one owner process and its clients a single connection: it needs no lock
 * and has no second connection to hold one.
 */
async function applyMigrations(db: Database): Promise<void> {
  if (db.$client.options.max < 2) return migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const lock = await db.$client.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    lock.release();
  }
}

/** How many migrations the database has had (none before the first). */
export async function countAppliedMigrations(db: Database): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`).catch(() => [{ n: 0 }]);
  return row?.n ?? 0;
}
