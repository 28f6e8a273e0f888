import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, publicPages, startApp } from "./browser/server";

/** The scores each audited page must reach (0-100). */
export const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 95 } as const;
export type Category = keyof typeof TARGETS;
/** benchmarkIndex: Lighthouse's measure of the machine's CPU speed; slower machines get lower performance scores. */
export type PageScores = { page: string; path: string; scores: Record<Category, number>; failing: string[]; benchmarkIndex: number };

/**
 * Lighthouse (pinned to 12.2.3; its default mobile emulation and simulated throttling) on one page,
 * in the system Chromium. Returns the four category scores and the audits that cost points.
 */
export async function auditPage(name: string, url: string): Promise<PageScores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS, "--headless=new"] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: Object.keys(TARGETS) });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(Object.keys(TARGETS).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    const failing = Object.values(lhr.categories).flatMap((category) => category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`));
    return { page: name, path: new URL(url).pathname + new URL(url).search, scores, failing, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
  } finally {
    chrome.kill();
  }
}

export function meetsTargets(s: PageScores): boolean {
  return (Object.keys(TARGETS) as Category[]).every((c) => s.scores[c] >= TARGETS[c]);
}

export function renderLighthouseReport(results: PageScores[], date = new Date().toISOString()): string {
  const categories = Object.keys(TARGETS) as Category[];
  return [
    `## Lighthouse 12.2.3 (${date})`,
    "",
    `Default settings (mobile emulation, simulated throttling), system Chromium, production build. Targets: ${categories.map((c) => `${c} ≥ ${TARGETS[c]}`).join(", ")}.`,
    "",
    `| page | ${categories.join(" | ")} | meets targets | CPU benchmark index | audits below full marks |`,
    `|---|${categories.map(() => "--:").join("|")}|---|--:|---|`,
    ...results.map((r) => `| ${r.page} | ${categories.map((c) => r.scores[c]).join(" | ")} | ${meetsTargets(r) ? "yes" : "**no**"} | ${r.benchmarkIndex} | ${r.failing.join("; ") || "none"} |`),
    "",
  ].join("\n");
}

async function main() {
  const { values } = parseArgs({ options: { "base-url": { type: "string" }, out: { type: "string" } } });
  const app = values["base-url"] ? { baseUrl: values["base-url"], stop: async () => {} } : await startApp({ port: 3201, dataDir: ".data/lighthouse" });
  try {
    const pages = await publicPages(app.baseUrl);
    const results = [];
    for (const name of ["home", "case", "compare"] as const) results.push(await auditPage(name, app.baseUrl + pages[name]));
    const report = renderLighthouseReport(results);
    console.log(report);
    if (values.out) {
      await mkdir(path.dirname(values.out), { recursive: true });
      await writeFile(values.out, report);
    }
    if (!results.every(meetsTargets)) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
