import { connectDatabase, useDatabase, type DatabaseHandle } from "@/db/client";
import { findRunningEmbedded, startEmbedded } from "@/db/embedded";
import { readStartEnv } from "@/lib/env";

/** The database a command opened, and how to name it to its user (no password). */
export type OpenedDatabase = DatabaseHandle & { description: string };

/**
 * The database a command-line tool works on: DATABASE_URL, else the embedded database, through the
 * process that already serves it (the running app) or, when none does, opened here for the command.
 */
export async function openDatabase(): Promise<OpenedDatabase> {
  const env = readStartEnv();
  if (env.DATABASE_URL) return use(connectDatabase(env.DATABASE_URL), `the PostgreSQL database ${withoutPassword(env.DATABASE_URL)}`);
  const folder = `the embedded database in ${env.PGLITE_DATA_DIR}`;
  const running = await findRunningEmbedded(env.PGLITE_DATA_DIR);
  if (running) return use(connectDatabase(running, { embedded: true }), `${folder} (through the app serving it)`);
  const embedded = await startEmbedded({ dataDir: env.PGLITE_DATA_DIR });
  const handle = connectDatabase(embedded.url, { embedded: true });
  return use({ ...handle, close: async () => { await handle.close(); await embedded.stop(); } }, folder);
}

function use(handle: DatabaseHandle, description: string): OpenedDatabase {
  useDatabase(handle);
  return { ...handle, description };
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return "named by DATABASE_URL";
  }
}
