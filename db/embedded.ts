import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { servePglite } from "./embedded-server";

/**
 * The embedded database: PGlite (PostgreSQL compiled to WASM) in one owner process, served to
 * every client (the app, the CLI, the tests) over a small PostgreSQL wire server (embedded-server.ts). Its data folder has no
 * lock of its own, so the owner writes one beside it and other processes connect to the owner
 * instead of opening the folder a second time.
 */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Owner = { pid: number; port: number };

function ownerFile(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.owner.json`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function embeddedUrl(port: number): string {
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

/** The PostgreSQL extensions the migrations create, as PGlite builds them. */
export const EXTENSIONS = { pg_trgm, unaccent };

/** The URL of the process that already owns this data folder, if one is running. */
export async function findRunningEmbedded(dataDir: string): Promise<string | null> {
  try {
    const owner = JSON.parse(await readFile(ownerFile(dataDir), "utf8")) as Owner;
    return isAlive(owner.pid) && owner.pid !== process.pid ? embeddedUrl(owner.port) : null;
  } catch {
    return null;
  }
}

/**
 * Opens PGlite (in memory when dataDir is null) and serves it on 127.0.0.1. `snapshot` is a data folder
 * saved by `dumpDataDir` to start from instead of an empty database (the tests start from a migrated one:
 * creating an empty database takes seconds, loading a snapshot a fraction of that).
 */
export async function startEmbedded({ dataDir, port = 0, snapshot }: { dataDir: string | null; port?: number; snapshot?: Blob }): Promise<EmbeddedDatabase> {
  if (dataDir) {
    const running = await findRunningEmbedded(dataDir);
    if (running) throw new Error(`The embedded database in ${dataDir} is already open by another process (${running}).`);
    await mkdir(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(dataDir ?? undefined, { extensions: EXTENSIONS, ...(snapshot ? { loadDataDir: snapshot } : {}) });
  const { port: actualPort, close } = await servePglite(pglite, port);
  if (dataDir) await writeFile(ownerFile(dataDir), JSON.stringify({ pid: process.pid, port: actualPort } satisfies Owner));
  return {
    url: embeddedUrl(actualPort),
    stop: async () => {
      await close();
      await pglite.close();
      if (dataDir) await rm(ownerFile(dataDir), { force: true });
    },
  };
}
