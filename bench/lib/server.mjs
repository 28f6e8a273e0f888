// Starts the production build the way `npm start` does, on a database made for benchmarks.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
// Benchmarks never sign anyone in; the start script only needs a secret of the right length.
const AUTH_SECRET = "bench-only-secret-not-for-any-deployment-000";

/**
 * Creates the database if it is missing, migrates it and seeds the real case and the samples.
 * Returns the server's version.
 */
export async function prepareDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  const admin = postgres(Object.assign(new URL(url), { pathname: "/postgres" }).href, { max: 1, onnotice: () => {} });
  let version;
  try {
    [{ server_version: version }] = await admin`show server_version`;
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) await admin.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  const seed = spawnSync(TSX, ["--conditions=react-server", "scripts/seed.ts", "--samples"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding ${name} failed:\n${seed.stderr}`);
  return version;
}

/** A port nothing listens on: others may be running servers on this machine. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs scripts/start.ts (what `npm start` runs): on `databaseUrl`, or on a fresh embedded PGlite in a
 * temporary folder when it is null, with `env` added. Resolves once the home page answers.
 */
export async function startServer({ databaseUrl, env: extraEnv = {} }) {
  const port = await freePort();
  const dataDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), "ekip-bench-pglite-"));
  const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), AUTH_SECRET, ...extraEnv };
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
  } else {
    delete env.DATABASE_URL;
    env.PGLITE_DATA_DIR = dataDir;
  }
  // Its own process group, so that stopping it also stops the Next.js server it spawns.
  const child = spawn(TSX, ["--conditions=react-server", "scripts/start.ts"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  for (let waited = 0; waited < 120_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop, pid: child.pid };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer within 120 s:\n${output}`);
}
