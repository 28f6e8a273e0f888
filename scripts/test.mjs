// Runs every test: the production build, types, unit and integration tests (PGlite, and PostgreSQL when a server
// answers), and the browser tests in Chromium against the build. Plain Node: nothing to compile.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { chromiumPath } from "../tests/e2e/chromium-path.mjs";

const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const requirePostgres = process.env.CI === "true" || process.env.EKIP_REQUIRE_POSTGRES === "1";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TEST_DATABASE_URL: POSTGRES_URL, EKIP_REQUIRE_POSTGRES: requirePostgres ? "1" : "0" };
const results = { passed: 0, failed: 0, skipped: 0 };

function canReach(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432), timeout: 2000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

function step(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(" ")}`);
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (run.status !== 0) {
    console.error(`\n${title} failed (exit ${run.status ?? run.signal}).`);
    summary();
    process.exit(1);
  }
}

function count(file, read) {
  try {
    const counts = read(JSON.parse(readFileSync(file, "utf8")));
    for (const key of Object.keys(results)) results[key] += counts[key] ?? 0;
  } catch {
    // A step that failed before writing its report is already reported as failed.
  }
}

function summary() {
  count(".data/reports/vitest.json", (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }));
  count(".data/reports/playwright.json", (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped }));
  console.log(`\ntotal: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
}

// A step that fails stops the run: reports left by an earlier run must not be counted.
rmSync(".data/reports", { recursive: true, force: true });
mkdirSync(".data/reports", { recursive: true });
const postgresUp = await canReach(POSTGRES_URL);
if (!postgresUp && requirePostgres) {
  console.error(`PostgreSQL is required here (CI) but nothing answers at ${POSTGRES_URL}.`);
  process.exit(1);
}
console.log(postgresUp
  ? `PostgreSQL server at ${POSTGRES_URL}: the data-layer suite runs on it and on PGlite.`
  : `No PostgreSQL server at ${POSTGRES_URL}: the PostgreSQL suite is SKIPPED; the data layer is tested on PGlite only.`);

if (!postgresUp) env.EKIP_NO_POSTGRES = "1";
// The build first, without its own type check: tsc then checks the whole repository, the route types the build
// wrote included, once.
step("production build", "npx", ["next", "build"], { EKIP_BUILD_SKIPS_TYPES: "1" });
step("types", "npx", ["tsc", "--noEmit"]);
// The benchmarks' smoke run (it needs the build) in the same run: its servers start while the last test files end.
step("unit and integration tests, and the benchmarks' smoke run", "npx", ["vitest", "run", "--project=unit", "--project=integration", "--project=bench", "--reporter=default", "--reporter=json", "--outputFile=.data/reports/vitest.json"]);
env.PLAYWRIGHT_JSON_OUTPUT_NAME = ".data/reports/playwright.json";
step(`browser tests (${chromiumPath()}, production build)`, "npx", ["playwright", "test", "--reporter=list,json"]);
summary();
if (!postgresUp) console.log("Note: the PostgreSQL suite and the resilience browser tests (outage, two instances, a larger collection) were skipped (no server); CI always runs them.");
