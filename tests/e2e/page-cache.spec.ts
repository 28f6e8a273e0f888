import { expect, test, type APIResponse } from "@playwright/test";
import { e2eDatabase, signIn } from "./session";

// The production server keeps whole public pages for readers who are not signed in (scripts/page-cache.mjs).
const CASE = "/cases/saint-etienne-artificial-intelligence";

// One test moves the content revision on, which empties the cache under the others' feet: one after another.
test.describe.configure({ mode: "serial" });

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

async function read(request: import("@playwright/test").APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers: { "accept-encoding": "gzip", ...headers } });
  return { response, state: response.headers()["x-ekip-page-cache"], html: await response.text() };
}

test("a kept page is served again with a fresh nonce in its policy and its scripts, compressed, and without cookies", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  await read(request, CASE);
  const first = await read(request, CASE);
  const second = await read(request, CASE);
  for (const { response, state, html } of [first, second]) {
    expect(response.status()).toBe(200);
    expect(state).toBe("hit");
    expect(response.headers()["content-encoding"]).toBe("gzip");
    expect(response.headers()["set-cookie"]).toBeUndefined();
    const nonce = nonceOf(response)!;
    expect(nonce).toBeTruthy();
    const nonces = [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
    // The stylesheet and the page's own script (the framework's scripts are left out: reader-page.spec.ts).
    expect(nonces.length).toBeGreaterThanOrEqual(2);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
  }
  expect(nonceOf(second.response)).not.toBe(nonceOf(first.response));
  expect(second.html.replaceAll(nonceOf(second.response)!, "N")).toBe(first.html.replaceAll(nonceOf(first.response)!, "N"));
  await request.dispose();
});

test("the read-only API is kept too: the same JSON, compressed, with its licence and CORS headers", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const path = "/api/v1/cases/saint-etienne-artificial-intelligence";
  const first = await read(request, path);
  const second = await read(request, path);
  expect(second.state).toBe("hit");
  expect(second.response.headers()["content-encoding"]).toBe("gzip");
  expect(second.response.headers()["access-control-allow-origin"]).toBe("*");
  expect(second.response.headers()["link"]).toContain('rel="license"');
  expect(JSON.parse(second.html)).toEqual(JSON.parse(first.html));
  expect(JSON.parse(second.html)).toMatchObject({ slug: "saint-etienne-artificial-intelligence" });
  const unknown = await read(request, "/api/v1/cases/atlantis-ai");
  expect(unknown.response.status()).toBe(404);
  expect(unknown.state).toBeUndefined();
  await request.dispose();
});

test("a change of the content revision (any instance's save or publish) is served from the next request on", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  await read(request, "/cities");
  expect((await read(request, "/cities")).state).toBe("hit");
  const sql = e2eDatabase();
  try {
    await sql`update content_revision set revision = revision + 1 where id = 1`;
  } finally {
    await sql.end();
  }
  expect((await read(request, "/cities")).state).toBe("miss");
  expect((await read(request, "/cities")).state).toBe("hit");
  await request.dispose();
});

test("a reader's browser may keep a page and ask again with its ETag: 304 while it is the same, even after a new nonce or revision", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const first = await read(request, CASE);
  const etag = first.response.headers().etag!;
  expect([first.response.headers()["cache-control"], etag]).toEqual(["private, no-cache", expect.stringMatching(/^W\/"[\w-]{32}"$/)]);
  const held = await read(request, CASE, { "if-none-match": etag });
  expect([held.response.status(), held.html, held.response.headers().etag]).toEqual([304, "", etag]);
  const sql = e2eDatabase();
  try {
    await sql`update content_revision set revision = revision + 1 where id = 1`;
  } finally {
    await sql.end();
  }
  // Rendered again (a miss), to the same page: still the one the browser holds.
  const again = await read(request, CASE, { "if-none-match": etag });
  expect([again.response.status(), again.state]).toEqual([304, "miss"]);
  const other = await read(request, "/cities", { "if-none-match": etag });
  // expect.not.stringMatching would let a page without an ETag pass.
  expect([other.response.status(), other.response.headers().etag]).toEqual([200, expect.stringMatching(/^W\/"[\w-]{32}"$/)]);
  expect(other.response.headers().etag).not.toBe(etag);
  await request.dispose();
});

test("a HEAD is answered with its GET's headers, Content-Length and ETag included, and no body", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  // The nonce (of each answer), the date and the kept state differ between any two answers; all else does not.
  const comparable = (response: APIResponse) => {
    const nonce = nonceOf(response) ?? "no nonce";
    return Object.entries(response.headers()).filter(([name]) => !["date", "x-ekip-page-cache"].includes(name)).map(([name, value]) => [name, value.replaceAll(nonce, "N")]).sort();
  };
  // Compressed, a page's length depends on its nonce, drawn afresh for each answer (a few bytes either way): its
  // length is compared uncompressed, where the nonce's length is all that counts.
  const withoutLength = (headers: string[][]) => headers.filter(([name]) => name !== "content-length");
  for (const path of [CASE, "/api/v1/cases", "/no-such-page"]) {
    for (const encoding of ["identity", "gzip"]) {
      const got = await request.get(path, { headers: { "accept-encoding": encoding } });
      const head = await request.head(path, { headers: { "accept-encoding": encoding } });
      const what = `${path} ${encoding}`;
      expect(head.status(), what).toBe(got.status());
      expect(head.headers()["content-length"], what).toMatch(/^[1-9]\d*$/);
      const hasNonce = nonceOf(got) !== undefined;
      expect(encoding === "gzip" && hasNonce ? withoutLength(comparable(head)) : comparable(head), what).toEqual(encoding === "gzip" && hasNonce ? withoutLength(comparable(got)) : comparable(got));
      expect((await head.body()).length, what).toBe(0);
    }
  }
  await request.dispose();
});

test("signed-in readers, client navigations and errors are answered by Next itself", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext();
  expect((await read(anonymous, CASE, { rsc: "1" })).state).toBeUndefined();
  const missing = await read(anonymous, "/cases/no-such-case");
  expect(missing.response.status()).toBe(404);
  expect(missing.state).toBeUndefined();
  await anonymous.dispose();

  await signIn(page, "editor@example.org");
  const signedIn = await page.request.get(CASE);
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()["x-ekip-page-cache"]).toBeUndefined();
  // Their page is theirs (it names them) and is not kept by the browser either.
  expect([signedIn.headers()["cache-control"], signedIn.headers().etag]).toEqual([expect.stringContaining("no-store"), undefined]);
});

test("a page from the cache runs its script under its policy: no violation, the page's controls work", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
  });
  await page.goto(`${CASE}/print`);
  const response = await page.goto(`${CASE}/print`);
  expect(response!.headers()["x-ekip-page-cache"]).toBe("hit");
  // The browser kept the first copy and asked with its ETag: what runs below is its kept page, with the nonce it came with.
  const { etag } = await response!.allHeaders();
  expect(etag).toMatch(/^W\/"[\w-]{32}"$/);
  expect((await response!.request().allHeaders())["if-none-match"]).toBe(etag);
  // The Print button works only through the page's inline script: it ran with the fresh nonce.
  await page.getByRole("button", { name: "Print" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
  expect(violations).toEqual([]);
});
