import { parseArgs } from "node:util";
import { connectDatabase, useDatabase, type DatabaseHandle } from "@/db/client";
import { percentile, timeRuns } from "./growth/measure";
import { buildProbes } from "./growth/probes";
import { WRITE } from "./growth/report";

/**
 * The growth probes on two databases holding the same cases (say, one with a schema change and a copy
 * without it), in alternating rounds, so that a machine whose speed drifts treats both alike. Usage:
 *   npm run bench:growth-ab -- --before URL --after URL [--rounds 8] [--runs 24]
 */
const { values: options } = parseArgs({
  options: {
    before: { type: "string" },
    after: { type: "string" },
    rounds: { type: "string", default: "8" },
    runs: { type: "string", default: "24" },
  },
});
if (!options.before || !options.after) throw new Error("give --before URL and --after URL");
const sides = { before: connectDatabase(options.before), after: connectDatabase(options.after) };
const times: Record<string, { before: number[]; after: number[] }> = {};

type Probes = Awaited<ReturnType<typeof buildProbes>>;

async function probesOf(handle: DatabaseHandle): Promise<Probes> {
  useDatabase(handle);
  return (await buildProbes(handle.db)).filter((p) => !p.name.startsWith(WRITE));
}

async function round(side: keyof typeof sides, probes: Probes) {
  useDatabase(sides[side]);
  for (const probe of probes) {
    (times[probe.name] ??= { before: [], after: [] })[side].push(...(await timeRuns(probe, Number(options.runs), 0)));
  }
}

const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);

try {
  const probes = { before: await probesOf(sides.before), after: await probesOf(sides.after) };
  for (let i = 0; i < Number(options.rounds); i++) {
    await round("before", probes.before);
    await round("after", probes.after);
  }
  console.log(`${options.rounds} alternating rounds of ${options.runs} runs; times in ms\n`);
  console.log("| read | before p50 | before p95 | after p50 | after p95 |\n|---|--:|--:|--:|--:|");
  for (const [name, { before, after }] of Object.entries(times)) {
    console.log(`| ${name} | ${ms(before, 50)} | ${ms(before, 95)} | ${ms(after, 50)} | ${ms(after, 95)} |`);
  }
} finally {
  await sides.before.close();
  await sides.after.close();
}
