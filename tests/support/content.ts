import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** Every table of content emptied, as a new database has them (the accounts kept): where a dump is restored. */
export async function emptyContent(): Promise<void> {
  await getDb().execute(sql`do $$ declare tables text; begin
    select string_agg(format('%I', tablename), ', ') into tables from pg_tables where schemaname = 'public' and tablename not in ('users');
    execute 'truncate ' || tables || ' restart identity cascade'; end $$`);
}
