import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, publicPages, startApp } from "./browser/server";

export const BUDGET_BYTES = 100 * 1024;

export type ScriptWeight = { url: string; encoding: string; transferBytes: number; rawBytes: number; brotliBytes: number };
export type PageWeight = { page: string; path: string; scripts: ScriptWeight[]; transferBytes: number; rawBytes: number; brotliBytes: number; documentBytes: number };

/**
 * The JavaScript a page loads in Chromium, as it crossed the wire: the compressed body of every
 * script response (Next serves gzip to a browser that asks). A script served uncompressed is
 * counted at its gzip size and says so, so the budget is never met by accident; so is the page's inline
 * script, which travels inside the HTML.
 */
export async function weighPage(browser: Browser, name: string, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const scripts: Array<Promise<ScriptWeight>> = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    scripts.push((async () => {
      const response = (await request.response())!;
      const [sizes, body] = await Promise.all([request.sizes(), response.body()]);
      const encoding = (await response.headerValue("content-encoding")) ?? "none";
      return encoding === "none" ? weightOf(request.url(), "none (counted gzipped)", body) : weightOf(request.url(), encoding, body, sizes.responseBodySize);
    })());
  });
  const document = await page.goto(url, { waitUntil: "networkidle" });
  const documentBytes = (await document!.request().sizes()).responseBodySize;
  const inline = await page.$$eval("script:not([src])", (elements) => elements.map((e) => e.textContent ?? ""));
  for (const text of inline) scripts.push(Promise.resolve(weightOf(`${url} (inline)`, "inline (counted gzipped)", Buffer.from(text))));
  const weighed = await Promise.all(scripts);
  await page.close();
  return {
    page: name,
    path: new URL(url).pathname + new URL(url).search,
    scripts: weighed,
    transferBytes: weighed.reduce((n, s) => n + s.transferBytes, 0),
    rawBytes: weighed.reduce((n, s) => n + s.rawBytes, 0),
    brotliBytes: weighed.reduce((n, s) => n + s.brotliBytes, 0),
    documentBytes,
  };
}

/** A script's weight; one that did not cross the wire compressed is counted at its gzip size. */
function weightOf(url: string, encoding: string, body: Buffer, transferBytes = gzipSync(body).length): ScriptWeight {
  return { url, encoding, transferBytes, rawBytes: body.length, brotliBytes: brotliCompressSync(body).length };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function renderWeightReport(weights: PageWeight[], date = new Date().toISOString()): string {
  return [
    `## Page weight: JavaScript per public page (${date})`,
    "",
    `Budget: ${kB(BUDGET_BYTES)} of compressed JavaScript a page (files and inline scripts). Production build, Chromium, first load on an empty cache, not signed in.`,
    "",
    "| page | address | scripts | compressed (transfer, gzip) | if served brotli | uncompressed | HTML (transfer) | within budget |",
    "|---|---|--:|--:|--:|--:|--:|---|",
    ...weights.map((w) => `| ${w.page} | \`${w.path}\` | ${w.scripts.length} | ${kB(w.transferBytes)} | ${kB(w.brotliBytes)} | ${kB(w.rawBytes)} | ${kB(w.documentBytes)} | ${w.transferBytes <= BUDGET_BYTES ? "yes" : "**no**"} |`),
    "",
  ].join("\n");
}

async function main() {
  const { values } = parseArgs({ options: { "base-url": { type: "string" }, out: { type: "string" }, verbose: { type: "boolean" } } });
  const app = values["base-url"] ? { baseUrl: values["base-url"], stop: async () => {} } : await startApp();
  const browser = await launchChromium();
  try {
    const weights = [];
    for (const [name, path] of Object.entries(await publicPages(app.baseUrl))) weights.push(await weighPage(browser, name, app.baseUrl + path));
    const report = renderWeightReport(weights);
    console.log(report);
    if (values.verbose) for (const w of weights) for (const s of w.scripts) console.log(`${w.page}\t${s.transferBytes}\t${s.encoding}\t${s.url}`);
    if (values.out) {
      await mkdir(path.dirname(values.out), { recursive: true });
      await writeFile(values.out, report);
    }
    if (weights.some((w) => w.transferBytes > BUDGET_BYTES)) process.exitCode = 1;
  } finally {
    await browser.close();
    await app.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
