import { connectDatabase, useDatabase, type DatabaseHandle } from "@/db/client";
import { findRunningEmbedded, startEmbedded } from "@/db/embedded";
import { readStartEnv } from "@/lib/env";

/**
 * The database a command-line tool works on: DATABASE_URL, else the embedded database, through the
 * process that already serves it (the running app) or, when none does, opened here for the command.
 */
export async function openDatabase(): Promise<DatabaseHandle> {
  const env = readStartEnv();
  if (env.DATABASE_URL) return use(connectDatabase(env.DATABASE_URL));
  const running = await findRunningEmbedded(env.PGLITE_DATA_DIR);
  if (running) return use(connectDatabase(running, { embedded: true }));
  const embedded = await startEmbedded({ dataDir: env.PGLITE_DATA_DIR });
  const handle = connectDatabase(embedded.url, { embedded: true });
  return use({ ...handle, close: async () => { await handle.close(); await embedded.stop(); } });
}

function use(handle: DatabaseHandle): DatabaseHandle {
  useDatabase(handle);
  return handle;
}
