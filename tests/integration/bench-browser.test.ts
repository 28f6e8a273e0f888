import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { auditPage, renderLighthouseReport } from "@/bench/lighthouse";
import { launchChromium, renderWeightReport, weighPage } from "@/bench/page-weight";

// A page with one gzipped script, one served plain and one inline: what the page-weight and Lighthouse scripts measure, without a build.
const SCRIPT = `console.log(${JSON.stringify("x".repeat(5000))});`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Smoke</title><meta name="description" content="A page for the benchmark scripts' smoke test"><link rel="icon" href="data:,"></head>
<body><main><h1>Smoke</h1><p>Text.</p></main><script src="/a.js"></script><script src="/b.js"></script><script>${SCRIPT}</script></body></html>`;

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    // A length, not chunks: the chunks' framing would be counted as transferred too.
    const gzipped = gzipSync(SCRIPT);
    if (req.url === "/a.js") return res.writeHead(200, { "content-type": "text/javascript", "content-encoding": "gzip", "content-length": gzipped.length }).end(gzipped);
    if (req.url === "/b.js") return res.writeHead(200, { "content-type": "text/javascript" }).end(SCRIPT);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(PAGE) }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("weighs a page's scripts by their compressed size, an uncompressed or inline one at its gzip size", async () => {
  const browser = await launchChromium();
  try {
    const weight = await weighPage(browser, "smoke", `${base}/`);
    expect(weight.scripts).toHaveLength(3);
    expect(weight.rawBytes).toBe(3 * SCRIPT.length);
    expect(weight.transferBytes).toBe(3 * gzipSync(SCRIPT).length);
    expect(weight.scripts.find((s) => s.url.endsWith("/b.js"))?.encoding).toMatch(/none/);
    expect(weight.scripts.find((s) => s.url.endsWith("(inline)"))?.encoding).toMatch(/inline/);
    expect(weight.documentBytes).toBe(Buffer.byteLength(PAGE));
    expect(renderWeightReport([weight])).toContain("| smoke |");
  } finally {
    await browser.close();
  }
});

it("scores a page with Lighthouse in the system Chromium", async () => {
  const scores = await auditPage("smoke", `${base}/`);
  for (const score of Object.values(scores.scores)) expect(score).toBeGreaterThan(0);
  expect(scores.scores.accessibility).toBe(100);
  expect(scores.benchmarkIndex).toBeGreaterThan(0);
  expect(renderLighthouseReport([scores])).toContain("| smoke |");
}, 60_000);
