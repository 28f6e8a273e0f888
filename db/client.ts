import postgres from "postgres";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "./schema";
import { readDatabaseEnv } from "../lib/env";

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
export type DatabaseHandle = { db: Database; url: string; close: () => Promise<void> };

/**
 * Every database, PostgreSQL or the embedded PGlite behind its socket server, is reached through
 * the `postgres` driver: one code path. PGlite runs one session at a time, so its clients keep a
 * single connection and unnamed statements (named ones would collide between clients).
 */
export function connectDatabase(url: string, { embedded = false, onQuery }: { embedded?: boolean; onQuery?: (sql: string, parameters: unknown[]) => void } = {}): DatabaseHandle {
  const client = postgres(url, {
    debug: onQuery && ((_connection, sql, parameters) => onQuery(sql, parameters)),
    max: embedded ? 1 : 10,
    // An unreachable server fails a request in seconds, not the default 30; a broken connection is replaced on the next query.
    connect_timeout: 10,
    backoff: reconnectDelaySeconds,
    prepare: !embedded,
    onnotice: () => {},
    connection: { application_name: "ekip-knowledge-bank" },
  });
  return { db: drizzle(client, { schema }), url, close: () => client.end({ timeout: 5 }) };
}

/**
 * How long postgres.js waits before connecting again after `retries` failed attempts: its own curve, capped at
 * 1 s instead of 20 s, which kept instances answering 503 for up to 20 s after the database came back. While it is
 * away that is at most one attempt a second per connection (10 per instance): no storm. scripts/serve.mjs does the same.
 */
function reconnectDelaySeconds(retries: number): number {
  return (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, 1);
}

let current: DatabaseHandle | undefined;

/** The app's database, from DATABASE_URL (the start script sets it for the embedded database too). */
export function getDb(): Database {
  if (!current) {
    const env = readDatabaseEnv();
    current = connectDatabase(env.url, { embedded: env.embedded });
  }
  return current.db;
}

/** Points the data layer at another database: scripts and tests that open their own. */
export function useDatabase(handle: DatabaseHandle): void {
  current = handle;
}
