import postgres from "postgres";
import { expect, it } from "vitest";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { describeOnEachDatabase, POSTGRES_URL } from "../support/databases";

describeOnEachDatabase("migrations", (kind) => {
  it.runIf(kind === "postgres")("two instances starting at once on a new database both succeed, and migrate it once", async () => {
    const name = `ekip_migrate_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    const a = connectDatabase(url.toString());
    const b = connectDatabase(url.toString());
    try {
      await Promise.all([migrateDatabase(a.db), migrateDatabase(b.db)]);
      const check = postgres(url.toString(), { max: 1, onnotice: () => {} });
      const [{ count }] = await check<[{ count: number }]>`select count(*)::int as count from drizzle.__drizzle_migrations`;
      const [{ tables }] = await check<[{ tables: number }]>`select count(*)::int as tables from pg_tables where schemaname = 'public'`;
      await check.end();
      expect(count).toBeGreaterThanOrEqual(8);
      expect(tables).toBeGreaterThan(10);
    } finally {
      await a.close();
      await b.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });

  it.runIf(kind === "postgres")("says so when the database's character type knows a to z only (LC_CTYPE=C)", async () => {
    const name = `ekip_ctype_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template template0 lc_ctype 'C' lc_collate 'C' encoding 'UTF8'`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    const c = connectDatabase(url.toString());
    try {
      const said: string[] = [];
      await migrateDatabase(c.db, { log: (line) => said.push(line) });
      expect(said.filter((line) => line.startsWith("warning:"))).toEqual([expect.stringContaining("character type is C: the name search sees the letters a to z only")]);
    } finally {
      await c.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
