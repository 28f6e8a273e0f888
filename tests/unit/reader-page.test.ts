import { describe, expect, it } from "vitest";
// @ts-expect-error: plain Node module of the server (scripts/serve.mjs), without type declarations
import { withoutFrameworkScripts } from "../../scripts/reader-page.mjs";

const N = 'nonce="Tk9OQ0U="';
// The shapes of a page as Next 16 renders it (taken from a production build's case page, texts shortened).
const NEXT_PAGE = [
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/15dwa-v7l3cbx.css" ${N} data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" ${N} href="/_next/static/chunks/0il62h3t2u31r.js"/>`,
  `<link rel="modulepreload" href="/_next/static/chunks/x.js"/>`,
  `<script src="/_next/static/chunks/3jua5gvtt1jpt.js" async="" ${N}></script>`,
  `<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule="" ${N}></script>`,
  `<link rel="canonical" href="http://localhost:3000/cases/saint-etienne-artificial-intelligence"/>`,
  `<link rel="icon" href="/icon.svg?icon.0ni-kpzte9wtl.svg" sizes="any" type="image/svg+xml"/>`,
  `</head><body><main><h1>Saint-Étienne</h1><p>A text about &lt;script&gt; tags.</p>`,
  `<script type="application/ld+json" ${N}>{"@type":"Report"}</script>`,
  `<script ${N}>(function e(){document.addEventListener("change",()=>{})})()</script></main>`,
  `<script ${N} id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>`,
  `<script src="/_next/static/chunks/0il62h3t2u31r.js" ${N} async=""></script>`,
  `<script ${N}>(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script ${N}>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003c/script\\u003e"])</script>`,
  `</body></html>`,
].join("");

describe("the reader's page", () => {
  const page: string = withoutFrameworkScripts(NEXT_PAGE);

  it("has none of Next's scripts, inline or from files, nor hints to preload them", () => {
    expect(page).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(page).not.toContain("__next_f");
    expect(page).not.toContain("TURBOPACK");
  });

  it("keeps everything else as it was: styles, links, text, data and the page's own script", () => {
    const kept = [
      `<link rel="stylesheet" href="/_next/static/chunks/15dwa-v7l3cbx.css" ${N} data-precedence="next"/>`,
      `<link rel="canonical" href="http://localhost:3000/cases/saint-etienne-artificial-intelligence"/>`,
      `<link rel="icon" href="/icon.svg?icon.0ni-kpzte9wtl.svg" sizes="any" type="image/svg+xml"/>`,
      `</head><body><main><h1>Saint-Étienne</h1><p>A text about &lt;script&gt; tags.</p>`,
      `<script type="application/ld+json" ${N}>{"@type":"Report"}</script>`,
      `<script ${N}>(function e(){document.addEventListener("change",()=>{})})()</script></main>`,
    ];
    expect(page).toBe(`<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${kept.join("")}</body></html>`);
  });

  it("leaves a page without framework scripts untouched", () => {
    expect(withoutFrameworkScripts(page)).toBe(page);
  });
});
