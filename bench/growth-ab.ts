import { parseArgs } from "node:util";
import { connectDatabase, useDatabase } from "@/db/client";
import { percentile, timeInRounds, type Side } from "./growth/measure";
import { buildProbes } from "./growth/probes";
import { WRITE } from "./growth/report";

/**
 * The growth probes on two databases holding the same cases (say, one with a schema change and a copy
 * without it), in rounds that take the two in turn, so that a machine whose speed drifts treats both alike. Usage:
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
const sides: Record<"before" | "after", Side> = { before: await sideOf(options.before), after: await sideOf(options.after) };

async function sideOf(url: string): Promise<Side> {
  const handle = connectDatabase(url);
  useDatabase(handle);
  return { handle, probes: (await buildProbes(handle.db)).filter((p) => !p.name.startsWith(WRITE)) };
}

try {
  const [before, after] = await timeInRounds([sides.before, sides.after], { rounds: Number(options.rounds), runs: Number(options.runs), warmup: () => 0 });
  const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);
  console.log(`${options.rounds} alternating rounds of ${options.runs} runs; times in ms\n`);
  console.log("| read | before p50 | before p95 | after p50 | after p95 |\n|---|--:|--:|--:|--:|");
  for (const [name, b] of before!) {
    const a = after!.get(name)!;
    console.log(`| ${name} | ${ms(b, 50)} | ${ms(b, 95)} | ${ms(a, 50)} | ${ms(a, 95)} |`);
  }
} finally {
  await sides.before.handle.close();
  await sides.after.handle.close();
}
