import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

// A smoke run of bench/load.mjs (`npm run bench`), so that the benchmark keeps working: it needs the
// production build (`next build`), hence a project of its own that scripts/test.mjs runs after the build.
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `ekip_bench_smoke_${process.pid}`;
const admin = postgres(POSTGRES_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
const isReachable = await admin`select 1`.then(() => true, () => false);
if (!isReachable && process.env.EKIP_REQUIRE_POSTGRES === "1") throw new Error(`PostgreSQL is required but ${POSTGRES_URL} is not reachable`);

type Result = { name: string; rps: number; p50: number; p95: number; p99: number; bytes: number; ratio: number };
type Report = { machine: Record<string, string>; reports: Array<{ label: string; results: Result[] }> };

describe.skipIf(!isReachable)("npm run bench", () => {
  afterAll(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it("measures every page against the ceiling, on PostgreSQL with and without the page cache and on the embedded database", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "ekip-bench-smoke-"));
    const output = path.join(folder, "load.json");
    const databaseUrl = Object.assign(new URL(POSTGRES_URL), { pathname: `/${name}` }).href;
    const args = ["--duration", "0.5", "--rounds", "1", "--connections", "2", "--max-load", "0", "--embedded", "--database-url", databaseUrl, "--json", output];
    await promisify(execFile)(process.execPath, ["bench/load.mjs", ...args]);
    const report = JSON.parse(await readFile(output, "utf8")) as Report;
    await rm(folder, { recursive: true });

    expect(report.machine.postgresql).toMatch(/^\d+/);
    expect(report.reports.map((r) => r.label)).toEqual(["PostgreSQL, page cache on", "PostgreSQL, page cache off", "embedded PGlite, page cache on"]);
    expect(report.reports[0]!.results.map((r) => r.name)).toHaveLength(5);
    for (const { results } of report.reports) {
      expect(results[0]!.ratio).toBe(1);
      // The ceiling file is the case page itself: the same bytes once compressed, give or take the nonce, and the
      // page cache's gzip, joined from parts packed on their own, is about 13 % larger (scripts/spliced-gzip.mjs).
      expect(Math.abs(results[0]!.bytes - results[1]!.bytes)).toBeLessThan(results[1]!.bytes * 0.2);
      for (const r of results) {
        expect(r.rps, r.name).toBeGreaterThan(0);
        expect(r.p50, r.name).toBeGreaterThan(0);
        expect(r.p50 <= r.p95 && r.p95 <= r.p99, r.name).toBe(true);
        expect(r.bytes, r.name).toBeGreaterThan(1000);
      }
    }
  });
});
