import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type postgres from "postgres";
import { useDatabase, type DatabaseHandle } from "@/db/client";
import { clearReadCache } from "@/db/read-cache";
import type { Probe } from "./probes";

export type Timing = { name: string; runs: number; p50: number; p95: number; mean: number };
export type PlannedQuery = { probe: string; sql: string; executionMs: number; planningMs: number; seqScans: string[]; indexes: string[]; plan: string };

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Waits (up to `maxWaitMs`) for the machine to calm down: other people build and test on it too. */
export async function waitForQuiet(maxLoad: number, maxWaitMs: number): Promise<number> {
  const until = Date.now() + maxWaitMs;
  while (os.loadavg()[0]! > maxLoad && Date.now() < until) await sleep(5_000);
  return os.loadavg()[0]!;
}

/** The time of each of `runs` calls, each on an empty read cache: the database's work, not the cache's. */
export async function timeRuns(probe: Probe, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) {
    clearReadCache();
    await probe.run(i);
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearReadCache();
    const started = performance.now();
    await probe.run(i);
    times.push(performance.now() - started);
  }
  return times;
}

/** A database and the probes to time on it: one size of the collection, or one side of a comparison. */
export type Side = { handle: DatabaseHandle; probes: Probe[] };

/**
 * Every probe on every side, `rounds` times, taking the sides in turn (the other way round every other
 * round), so that no side is always measured first, nor while the machine is at its slowest. The times of
 * each side, by probe name. `afterRound` may report, and wait for the machine to calm down.
 */
export async function timeInRounds(sides: Side[], { rounds, runs, warmup, afterRound }: {
  rounds: number; runs: number; warmup: (round: number) => number; afterRound?: (round: number) => Promise<unknown>;
}): Promise<Map<string, number[]>[]> {
  const times = sides.map(() => new Map<string, number[]>());
  for (let round = 0; round < rounds; round++) {
    for (const i of sides.map((_, k) => (round % 2 === 0 ? k : sides.length - 1 - k))) {
      useDatabase(sides[i]!.handle);
      for (const probe of sides[i]!.probes) {
        const list = times[i]!.get(probe.name) ?? [];
        list.push(...(await timeRuns(probe, runs, warmup(round))));
        times[i]!.set(probe.name, list);
      }
    }
    await afterRound?.(round);
  }
  return times;
}

export function summarize(name: string, times: number[]): Timing {
  return { name, runs: times.length, p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement one call of the probe sends (captured through the
 * client's onQuery hook), but the content-revision look-up every cached read makes.
 */
export async function explainProbe(probe: Probe, captured: Array<{ sql: string; parameters: unknown[] }>, client: postgres.Sql): Promise<PlannedQuery[]> {
  captured.length = 0;
  clearReadCache();
  await probe.run(0);
  const statements = captured.filter((q) => !/from "content_revision"/.test(q.sql));
  const planned: PlannedQuery[] = [];
  for (const { sql, parameters } of statements) {
    const rows = await client.unsafe(`explain (analyze, buffers) ${sql}`, parameters as never[]);
    const plan = rows.map((r) => r["QUERY PLAN"] as string).join("\n");
    planned.push({
      probe: probe.name,
      sql,
      plan,
      executionMs: Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? NaN),
      planningMs: Number(/Planning Time: ([\d.]+)/.exec(plan)?.[1] ?? NaN),
      seqScans: [...new Set([...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!))],
      indexes: [...new Set([...plan.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1]!))],
    });
  }
  return planned;
}
