import { spawn } from "node:child_process";
import { connectDatabase, useDatabase } from "@/db/client";
import { startEmbedded, type EmbeddedDatabase } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { readStartEnv } from "@/lib/env";

/**
 * Starts the app: opens the database (DATABASE_URL, or the embedded PGlite owned by this process),
 * applies the migrations, seeds an empty database, then runs Next.js (`next start`, or `next dev`
 * with --dev) pointed at it.
 */
async function main(): Promise<void> {
  const env = readStartEnv();
  const isDev = process.argv.includes("--dev");
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbedded({ dataDir: env.PGLITE_DATA_DIR });
    url = embedded.url;
    console.log(`embedded database: ${env.PGLITE_DATA_DIR} (PGlite), served on ${url}`);
  }
  const handle = connectDatabase(url, { embedded: !!embedded });
  useDatabase(handle);
  await migrateDatabase(handle.db);
  // The embedded demo also gets the sample cases; a real database only on request (npm run db:seed -- --samples).
  const imported = await seedDatabase({ samples: !!embedded });
  if (imported.length) console.log(`first start: imported and published ${imported.join(", ")}`);
  await handle.close();

  const next = spawn("node_modules/.bin/next", [isDev ? "dev" : "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, EKIP_EMBEDDED_DATABASE: embedded ? "1" : "0" },
  });
  const stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: Error) => {
  console.error(`could not start: ${(error as { cause?: Error }).cause?.message ?? error.message}`);
  process.exit(1);
});
