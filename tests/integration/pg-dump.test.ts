import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { describeOnEachDatabase, POSTGRES_URL } from "../support/databases";

const run = promisify(execFile);
// The server's own client tools, which a machine running only the tests against a remote server may lack.
const hasClientTools = await run("pg_dump", ["--version"]).then(() => true, () => false);

const urlOf = (database: string) => Object.assign(new URL(POSTGRES_URL), { pathname: `/${database}` }).toString();

/** What each table holds, row by row, in a form two databases can compare. */
async function contents(url: string): Promise<Record<string, string>> {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await db<Array<{ name: string }>>`select tablename as name from pg_tables where schemaname = 'public' order by 1`;
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await db.unsafe(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from public."${name}" t`);
      out[name] = `${row!.n} ${row!.hash}`;
    }
    return out;
  } finally {
    await db.end();
  }
}

// docs/deployment.md's backup: PostgreSQL's own dump, restored as it restores, with an empty search_path.
describeOnEachDatabase("a pg_dump of the database", (kind) => {
  it.skipIf(kind === "pglite" || !hasClientTools)(`restores whole${hasClientTools ? "" : " (skipped: pg_dump is not installed)"} into an empty database: every function a stored column or an index calls is found`, async () => {
    await seedDatabase({ samples: true });
    const [{ name }] = (await getDb().execute(sql`select current_database() as name`)) as unknown as [{ name: string }];
    const copy = `${name}_restored`;
    const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${copy}`);
    try {
      const { stdout: dump } = await run("pg_dump", ["--no-owner", "--dbname", urlOf(name)], { maxBuffer: 256 * 1024 * 1024 });
      const restore = run("psql", ["--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--dbname", urlOf(copy)]);
      restore.child.stdin!.end(dump);
      await restore;
      expect(await contents(urlOf(copy))).toEqual(await contents(urlOf(name)));
    } finally {
      await admin.unsafe(`drop database if exists ${copy} with (force)`);
      await admin.end();
    }
  });
});
