import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { connectDatabase } from "@/db/client";
import { EXTENSIONS } from "@/db/embedded";
import { servePglite } from "@/db/embedded-server";
import { migrateDatabase } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A file holding the data folder of a freshly migrated PGlite database. */
    pgliteSnapshot: string;
  }
}

/**
 * Global setup of the integration tests: migrates one PGlite database and saves its data folder, which
 * every suite's database starts from (creating an empty PGlite database takes seconds on 2 cores; each
 * suite still runs the migrations, which then find nothing to do).
 */
export default async function setup(project: TestProject) {
  const pglite = await PGlite.create({ extensions: EXTENSIONS });
  const server = await servePglite(pglite, 0);
  const handle = connectDatabase(`postgres://postgres@127.0.0.1:${server.port}/postgres`, { embedded: true });
  await migrateDatabase(handle.db);
  await handle.close();
  await server.close();
  const folder = await mkdtemp(path.join(tmpdir(), "ekip-pglite-"));
  const file = path.join(folder, "migrated.tar");
  await writeFile(file, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await pglite.close();
  project.provide("pgliteSnapshot", file);
  return () => rm(folder, { recursive: true, force: true });
}
