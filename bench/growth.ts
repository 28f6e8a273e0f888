import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { connectDatabase, useDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { fillDatabase } from "./synthetic/fill";
import { explainProbe, summarize, timeInRounds, waitForQuiet, type PlannedQuery, type Side } from "./growth/measure";
import { buildProbes } from "./growth/probes";
import { renderGrowthReport, type GrowthRun, type SizeResult } from "./growth/report";

/**
 * How the data layer's reads grow with the collection: for each size a fresh database (ekip_growth_N,
 * migrated with the repo's migrations, filled with synthetic cases), the reads timed on an empty read
 * cache, in rounds that take every size in turn, and every statement they send explained. Usage:
 *   npm run bench:growth -- [--sizes 100,1000,10000] [--runs 200] [--rounds 8] [--reuse] [--admin-url URL] [--out bench/results/growth.md]
 */
const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000,10000" },
    runs: { type: "string", default: "200" },
    rounds: { type: "string", default: "8" },
    reuse: { type: "boolean", default: false },
    "admin-url": { type: "string", default: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    "max-load": { type: "string", default: "1.0" },
    "max-wait": { type: "string", default: "300" },
    out: { type: "string" },
  },
});
const sizes = options.sizes.split(",").map(Number);
const rounds = Number(options.rounds);
const runsPerRound = Math.ceil(Number(options.runs) / rounds);
const admin = postgres(options["admin-url"], { max: 1, onnotice: () => {} });

function databaseUrl(name: string): string {
  const url = new URL(options["admin-url"]);
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepare(cases: number): Promise<{ name: string; fillSeconds: number | null }> {
  const name = `ekip_growth_${cases}`;
  const [existing] = await admin`select 1 from pg_database where datname = ${name}`;
  if (options.reuse && existing) {
    const check = postgres(databaseUrl(name), { max: 1, onnotice: () => {} });
    const [{ n }] = (await check`select count(*)::int as n from cases where slug like 'bench-%' and status = 'published'`) as unknown as [{ n: number }];
    await check.end();
    if (n === cases) return { name, fillSeconds: null };
  }
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const handle = connectDatabase(databaseUrl(name));
  useDatabase(handle);
  await migrateDatabase(handle.db);
  const started = performance.now();
  await fillDatabase(cases);
  const fillSeconds = (performance.now() - started) / 1000;
  // What autovacuum would have done by the time anyone reads a collection this size.
  await handle.db.execute("vacuum analyze");
  await handle.close();
  return { name, fillSeconds };
}

type Size = Side & { cases: number; fillSeconds: number | null; captured: Array<{ sql: string; parameters: unknown[] }> };

async function open(cases: number): Promise<Size> {
  const { name, fillSeconds } = await prepare(cases);
  const captured: Size["captured"] = [];
  const handle = connectDatabase(databaseUrl(name), { onQuery: (sql, parameters) => void captured.push({ sql, parameters }) });
  useDatabase(handle);
  await migrateDatabase(handle.db);
  return { cases, fillSeconds, handle, captured, probes: await buildProbes(handle.db) };
}

const quiet = () => waitForQuiet(Number(options["max-load"]), Number(options["max-wait"]) * 1000);

async function explainAll(size: Size): Promise<PlannedQuery[]> {
  const explainer = postgres(databaseUrl(`ekip_growth_${size.cases}`), { max: 1, onnotice: () => {} });
  try {
    useDatabase(size.handle);
    const plans = [];
    for (const probe of size.probes) plans.push(...(await explainProbe(probe, size.captured, explainer)));
    return plans;
  } finally {
    await explainer.end();
  }
}

async function measure(): Promise<{ load: GrowthRun["load"]; results: SizeResult[] }> {
  const all: Size[] = [];
  try {
    for (const cases of sizes) all.push(await open(cases));
    const before = await quiet();
    const times = await timeInRounds(all, {
      rounds, runs: runsPerRound, warmup: (round) => (round === 0 ? 3 : 1),
      afterRound: async (round) => {
        console.log(`round ${round + 1} of ${rounds} done (load ${os.loadavg()[0]!.toFixed(2)})`);
        if (round + 1 < rounds) await quiet();
      },
    });
    const load = { before, after: os.loadavg()[0]! };
    const results: SizeResult[] = [];
    for (const [i, size] of all.entries()) {
      const timings = size.probes.map((p) => summarize(p.name, times[i]!.get(p.name)!));
      for (const t of timings) console.log(`${size.cases} cases  ${t.name}: p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms`);
      results.push({ cases: size.cases, fillSeconds: size.fillSeconds, timings, plans: await explainAll(size) });
    }
    return { load, results };
  } finally {
    for (const size of all) await size.handle.close();
  }
}

function machine(): string {
  const cpu = os.cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

try {
  const { load, results } = await measure();
  const [{ version }] = (await admin`select version()`) as unknown as [{ version: string }];
  const run: GrowthRun = { date: new Date().toISOString(), machine: machine(), postgres: version.split(" on ")[0]!, runs: runsPerRound * rounds, rounds, load, sizes: results };
  const report = renderGrowthReport(run);
  console.log(`\n${report}`);
  if (options.out) {
    await mkdir(path.dirname(options.out), { recursive: true });
    await writeFile(options.out, report);
    // Beside the report: every timing and every plan in full.
    const raw = path.join(path.dirname(options.out), `${path.basename(options.out, ".md")}.json`);
    await writeFile(raw, JSON.stringify(run, null, 2));
    console.log(`written: ${options.out}, ${raw}`);
  }
} finally {
  await admin.end();
}

