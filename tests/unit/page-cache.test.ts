import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain Node module of the server (scripts/serve.mjs), without type declarations
import { isCacheable, newNonce, toEntry, withNonce } from "../../scripts/page-cache.mjs";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

const NONCE = "b2xkIG5vbmNlIG9mIHRoZSBwYWdl";
const page = (overrides: { status?: number; headers?: Record<string, unknown>; html?: string } = {}) => ({
  status: overrides.status ?? 200,
  headers: {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`,
    link: `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="${NONCE}"`,
    "set-cookie": ["authjs.csrf-token=abc; Path=/; HttpOnly", "authjs.callback-url=http%3A%2F%2Fx; Path=/"],
    "content-length": "99",
    date: "Sat, 28 Nov 2026 04:18:50 GMT",
    ...overrides.headers,
  },
  body: Buffer.from(overrides.html ?? `<script nonce="${NONCE}" src="/a.js"></script><p>Saint-Étienne</p><script nonce="${NONCE}">1</script>`),
});

describe("which requests the page cache may answer", () => {
  it("answers public pages read by someone not signed in", () => {
    for (const url of ["/", "/cases/saint-etienne-artificial-intelligence", "/cases?q=museum&facet=adaptive", "/compare?cases=a,b", "/cities/lund", "/api/v1/cases", "/api/v1/cases/lund-ai?x=1"]) {
      expect(isCacheable(request(url, { cookie: "authjs.csrf-token=abc" })), url).toBe(true);
    }
  });

  it("leaves everything else to Next: changes, editor pages, the API, signed-in readers, client navigations", () => {
    const refused = [
      request("/cases", {}, "POST"),
      request("/cases", {}, "HEAD"),
      request("/edit/cases/3"),
      request("/admin/users"),
      request("/account"),
      request("/sign-in"),
      request("/api/v1/cases", {}, "POST"),
      request("/api"),
      request("/api/v1"),
      request("/api/health"),
      request("/api/auth/session"),
      request("/api/v1/bulk/cases.json"),
      request("/_next/static/chunks/a.js"),
      request("/bench-ceiling.html"),
      request("/feed.xml?city=lund"),
      request("/cases", { cookie: "theme=x; authjs.session-token=eyJ" }),
      request("/cases", { cookie: "__Secure-authjs.session-token.0=eyJ" }),
      request("/cases", { rsc: "1" }),
      request("/cases?_rsc=abc"),
      request("/cases", { "next-router-prefetch": "1" }),
      request("/cases", { "next-action": "abc" }),
      request("/cases", { "x-ekip-page-cache-fill": "1" }),
    ];
    for (const r of refused) expect(isCacheable(r), `${r.method} ${r.url} ${JSON.stringify(r.headers)}`).toBe(false);
  });
});

describe("what is kept of a page", () => {
  it("keeps a 200 HTML page without its visit cookies, length or date, and gives every copy a new nonce", () => {
    const entry = toEntry(page());
    const first = withNonce(entry, "Zmlyc3Q=");
    const second = withNonce(entry, newNonce());
    const html = `<script nonce="Zmlyc3Q=" src="/a.js"></script><p>Saint-Étienne</p><script nonce="Zmlyc3Q=">1</script>`;
    expect(first.body.toString("utf8")).toBe(html);
    expect(Object.fromEntries(first.headers)).toEqual({
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "script-src 'self' 'nonce-Zmlyc3Q=' 'strict-dynamic'",
      link: `</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="Zmlyc3Q="`,
      "cache-control": "private, no-cache",
      etag: expect.stringMatching(/^W\/"[\w-]{32}"$/),
    });
    expect(second.body.toString("utf8")).not.toContain(NONCE);
    expect(second.body.toString("utf8")).not.toBe(html);
    const gzipped = withNonce(entry, "Zmlyc3Q=", { gzip: true });
    expect(Object.fromEntries(gzipped.headers)["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString("utf8")).toBe(html);
  });

  it("gives a page an ETag of its content without the nonce, kept by the reader's browser only, in place of Next's no-store", () => {
    const etagOf = (overrides: Parameters<typeof page>[0]) => Object.fromEntries(withNonce(toEntry(page(overrides)), newNonce()).headers).etag;
    const noStore = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" };
    const same = etagOf({ headers: noStore });
    expect(Object.fromEntries(withNonce(toEntry(page({ headers: noStore })), newNonce()).headers)["cache-control"]).toBe("private, no-cache");
    const otherNonce = "YW5vdGhlciBub25jZQ==";
    expect(etagOf({ headers: { "content-security-policy": `script-src 'nonce-${otherNonce}'` }, html: `<script nonce="${otherNonce}" src="/a.js"></script><p>Saint-Étienne</p><script nonce="${otherNonce}">1</script>` }), "another nonce").toBe(same);
    expect(etagOf({ html: `<script nonce="${NONCE}" src="/a.js"></script><p>Saint-Etienne</p><script nonce="${NONCE}">1</script>` }), "another text").not.toBe(same);
    expect(etagOf({ html: `<script nonce="${NONCE}" src="/a.js"></script><p>Saint-Étienne</p><script>${NONCE}1</script>` }), "the nonce elsewhere").not.toBe(same);
    expect(etagOf({ status: 410 }), "withdrawn").not.toBe(same);
  });

  it("keeps an API answer whole, its body untouched and its headers with the new nonce", () => {
    const json = JSON.stringify({ slug: "lund-ai", note: `text that happens to hold ${NONCE}` });
    const entry = toEntry(page({ headers: { "content-type": "application/json; charset=utf-8", "set-cookie": undefined }, html: json }));
    const answer = withNonce(entry, "Zmlyc3Q=", { gzip: true });
    expect(gunzipSync(answer.body).toString("utf8")).toBe(json);
    expect(Object.fromEntries(answer.headers)["content-security-policy"]).toContain("'nonce-Zmlyc3Q='");
  });

  it("does not keep errors, redirects, other content, pages without a nonce or with cookies of their own", () => {
    expect(toEntry(page({ status: 404 }))).toBeNull();
    expect(toEntry(page({ status: 308 }))).toBeNull();
    // A withdrawn case's page is kept with its status; an API's 410 (JSON) is not.
    expect(toEntry(page({ status: 410 }))?.status).toBe(410);
    expect(toEntry(page({ status: 410, headers: { "content-type": "application/json" } }))).toBeNull();
    expect(toEntry(page({ headers: { "content-type": "text/csv" } }))).toBeNull();
    expect(toEntry(page({ headers: { "content-security-policy": "default-src 'self'" } }))).toBeNull();
    expect(toEntry(page({ headers: { "set-cookie": ["authjs.session-token=eyJ; Path=/"] } }))).toBeNull();
    expect(toEntry(page({ html: "x".repeat(3 * 1024 * 1024) }))).toBeNull();
  });

  it("makes nonces that differ", () => {
    expect(new Set(Array.from({ length: 100 }, newNonce)).size).toBe(100);
  });
});
