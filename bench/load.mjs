// Throughput and latency of the public pages of the production build, each against the ceiling: the
// same server sending a static file of the case page's size. Needs `next build` first; results go in
// bench/RESULTS.md. `node bench/load.mjs [--duration 10] [--rounds 5] [--connections 50] [--max-load 1.0]
// [--database-url postgres://…/ekip_bench] [--embedded] [--page-cache both|on|off] [--json FILE]` (`npm run bench`
// runs it without options, then the other benchmarks); the database URL defaults to BENCH_DATABASE_URL; --max-load 0 does
// not wait. With the page cache (scripts/page-cache.mjs) on, pages are what readers who are not signed in get; off,
// every request is rendered, as for signed-in readers.
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { prepareDatabase, startServer } from "./lib/server.mjs";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "5" },
    connections: { type: "string", default: "50" },
    "max-load": { type: "string", default: "1.0" },
    "database-url": { type: "string", default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/ekip_bench" },
    embedded: { type: "boolean", default: false },
    "page-cache": { type: "string", default: "both" },
    json: { type: "string" },
  },
});
const duration = Number(options.duration);
const rounds = Number(options.rounds);
const connections = Number(options.connections);
const maxLoad = Number(options["max-load"]);
const pageCacheModes = { both: ["on", "off"], on: ["on"], off: ["off"] }[options["page-cache"]];
if (!pageCacheModes) throw new Error(`--page-cache must be both, on or off, not ${options["page-cache"]}`);

const CASE = "saint-etienne-artificial-intelligence";
const COMPARED = [CASE, "ballyvara-artificial-intelligence", "porto-sereno-new-european-bauhaus", "wierzbno-green-transition"];
const CEILING_FILE = path.resolve(import.meta.dirname, "../public/bench-ceiling.html");
const TARGETS = [
  { name: "ceiling (static file)", path: "/bench-ceiling.html" },
  { name: "case page", path: `/cases/${CASE}` },
  { name: "compare, 4 cases", path: `/compare?cases=${COMPARED.join(",")}` },
  { name: "search with facets", path: "/cases?q=innovation&policyArea=artificial-intelligence&facet=mission" },
  { name: "API case", path: `/api/v1/cases/${CASE}` },
];
// What a browser sends: Next.js compresses pages and public files alike when asked to.
const HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/json" };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Other work on the machine skews the numbers: wait (3 minutes at most) for a low 1-minute load average. */
async function waitForQuietMachine() {
  for (let waited = 0; maxLoad > 0 && os.loadavg()[0] > maxLoad && waited < 180; waited += 30) {
    console.error(`load ${os.loadavg()[0].toFixed(2)} > ${maxLoad}: waiting 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 30_000));
  }
  return os.loadavg()[0];
}

/** One autocannon run; latencies are kept per response so that p95 is exact (autocannon reports p97.5). */
async function measure(origin, target, seconds) {
  const latencies = [];
  const run = autocannon({ url: origin + target.path, connections, duration: seconds, headers: HEADERS });
  run.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await run;
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed) throw new Error(`${target.name}: ${failed} failed of ${result.requests.sent} requests`);
  if (!latencies.length) throw new Error(`${target.name}: no response within ${seconds} s`);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / seconds,
    ...Object.fromEntries([50, 95, 99].map((p) => [`p${p}`, Math.round(percentile(latencies, p) * 10) / 10])),
    bytes: result.throughput.total / result.requests.total,
  };
}

async function benchmark(label, origin, targets) {
  // The ceiling file holds the case page itself, so that compression costs the same on both sides.
  const page = await fetch(`${origin}/cases/${CASE}`);
  if (!page.ok) throw new Error(`the case page answered ${page.status}`);
  await writeFile(CEILING_FILE, await page.text());
  // Warm-up, not measured: JIT, the read cache, Markdown.
  for (const target of targets) for (let i = 0; i < 20; i++) await (await fetch(origin + target.path, { headers: HEADERS })).arrayBuffer();
  const runs = targets.map(() => []);
  const loads = [];
  for (let round = 1; round <= rounds; round++) {
    loads.push(await waitForQuietMachine());
    for (const [i, target] of targets.entries()) runs[i].push(await measure(origin, target, duration));
    console.error(`${label}: round ${round}/${rounds} done (load before it ${loads.at(-1).toFixed(2)})`);
  }
  const results = targets.map((target, i) => ({
    name: target.name,
    path: target.path,
    ...Object.fromEntries(["rps", "p50", "p95", "p99", "bytes"].map((k) => [k, median(runs[i].map((r) => r[k]))])),
    rounds: runs[i],
  }));
  const ceiling = results.find((r) => r.path === TARGETS[0].path)?.rps;
  for (const r of results) r.ratio = ceiling ? r.rps / ceiling : null;
  return { label, loads, results };
}

function table({ label, loads, results }) {
  const rows = results.map((r) =>
    `| ${r.name} | ${r.rps.toFixed(0)} | ${r.ratio === null ? "" : r.ratio.toFixed(2)} | ${r.p50} | ${r.p95} | ${r.p99} | ${(r.bytes / 1024).toFixed(1)} |`);
  return [
    `${label}: ${rounds} rounds of ${duration} s, ${connections} connections, medians; 1-min load before each round: ${loads.map((l) => l.toFixed(2)).join(", ")}`,
    "",
    "| target | req/s | ratio to ceiling | p50 ms | p95 ms | p99 ms | KiB/response |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

const machine = {
  date: new Date().toISOString(),
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}`,
  memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
};
// Next.js serves only the public files present when it starts: the case page's bytes replace these later.
await mkdir(path.dirname(CEILING_FILE), { recursive: true });
await writeFile(CEILING_FILE, "the case page goes here\n");
const reports = [];
try {
  machine.postgresql = await prepareDatabase(options["database-url"]);
  for (const mode of pageCacheModes) {
    const server = await startServer({ databaseUrl: options["database-url"], env: { PAGE_CACHE: mode } });
    try {
      reports.push(await benchmark(`PostgreSQL, page cache ${mode}`, server.origin, TARGETS));
    } finally {
      await server.stop();
    }
  }
  if (options.embedded) {
    const embedded = await startServer({ databaseUrl: null, env: { PAGE_CACHE: pageCacheModes[0] } });
    try {
      reports.push(await benchmark(`embedded PGlite, page cache ${pageCacheModes[0]}`, embedded.origin, TARGETS.slice(0, 2)));
    } finally {
      await embedded.stop();
    }
  }
} finally {
  await rm(CEILING_FILE, { force: true });
}
console.log(`${Object.entries(machine).map(([k, v]) => `${k}: ${v}`).join("; ")}\n`);
for (const report of reports) console.log(`${table(report)}\n`);
if (options.json) await writeFile(options.json, JSON.stringify({ machine, options: { duration, rounds, connections }, reports }, null, 2));
