import type { PlannedQuery, Timing } from "./measure";

/** Names a probe that times a write: reported beside the reads, outside their 2× target. */
export const WRITE = "write:";

export type SizeResult = { cases: number; fillSeconds: number | null; timings: Timing[]; plans: PlannedQuery[] };
export type GrowthRun = {
  date: string; machine: string; postgres: string; runs: number; rounds: number;
  /** The 1-minute load average when the timings started and when they ended. */ load: { before: number; after: number }; sizes: SizeResult[];
};

/** A table row; with one size there are no ratio columns, and no empty cells for them. */
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

/** The results as Markdown: times per size, the ratio of each p95 to the smallest size's, and the plans' timings. */
export function renderGrowthReport(run: GrowthRun, targetRatio = 2): string {
  const [base, ...rest] = run.sizes;
  const names = base?.timings.map((t) => t.name) ?? [];
  const timing = (s: SizeResult, name: string) => s.timings.find((t) => t.name === name)!;
  const lines = [
    `## Growth: ${run.sizes.map((s) => s.cases.toLocaleString("en")).join(", ")} cases`,
    "",
    `${run.date}; ${run.machine}; ${run.postgres}. ${run.runs} runs of each read at each size, in ${run.rounds} rounds that each take every`,
    "size in turn (so that a machine whose speed drifts treats all sizes alike), each run on an empty read cache (so every run is the",
    "database's work plus the content-revision look-up every read makes); times in ms, from the call to the result in Node.",
    "",
    row(["read", ...run.sizes.flatMap((s) => [`${s.cases} p50`, `${s.cases} p95`]), ...rest.map((s) => `p95 ${s.cases}/${base!.cases}`)]),
    row(["---", ...run.sizes.flatMap(() => ["--:", "--:"]), ...rest.map(() => "--:")]),
    ...names.map((name) => {
      const ratios = rest.map((s) => {
        const r = timing(s, name).p95 / timing(base!, name).p95;
        return `${r.toFixed(2)}${r > targetRatio && !name.startsWith(WRITE) ? " ✗" : ""}`;
      });
      return row([name, ...run.sizes.flatMap((s) => [ms(timing(s, name).p50), ms(timing(s, name).p95)]), ...ratios]);
    }),
    "",
    `Load average (1 min) when the timings started and ended: ${run.load.before.toFixed(2)} → ${run.load.after.toFixed(2)}.`,
    `Writing the synthetic cases (\`npm run bench:data\`): ${run.sizes.map((s) => `${s.cases}: ${s.fillSeconds === null ? "reused" : `${s.fillSeconds.toFixed(1)} s`}`).join("; ")}.`,
    "",
    "### Plans (EXPLAIN (ANALYZE, BUFFERS) of each statement a read sends)",
    "",
    `| read | statement | ${run.sizes.map((s) => `${s.cases}: ms`).join(" | ")} | sequential scans at ${run.sizes.at(-1)?.cases} | indexes used at ${run.sizes.at(-1)?.cases} |`,
    `|---|--:|${run.sizes.map(() => "--:").join("|")}|---|---|`,
  ];
  const largest = run.sizes.at(-1);
  for (const name of names) {
    const count = base!.plans.filter((p) => p.probe === name).length;
    for (let i = 0; i < count; i++) {
      const at = (s: SizeResult) => s.plans.filter((p) => p.probe === name)[i];
      const last = largest && at(largest);
      lines.push(`| ${name} | ${i + 1} | ${run.sizes.map((s) => (at(s) ? ms(at(s)!.executionMs) : "-")).join(" | ")} | ${last?.seqScans.join(", ") || "none"} | ${last?.indexes.join(", ") || "none"} |`);
    }
  }
  return lines.join("\n") + "\n";
}
