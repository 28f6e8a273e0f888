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
    expect(nonces.length).toBeGreaterThan(3);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
  }
  expect(nonceOf(second.response)).not.toBe(nonceOf(first.response));
  expect(second.html.replaceAll(nonceOf(second.response)!, "N")).toBe(first.html.replaceAll(nonceOf(first.response)!, "N"));
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
});

test("a page from the cache runs its scripts under its policy: no violation, the page's controls work", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto("/cases?q=innovation");
  const response = await page.goto("/cases?q=innovation");
  expect(response!.headers()["x-ekip-page-cache"]).toBe("hit");
  // A client-side navigation (the window survives it) needs the App Router's scripts to have run.
  await page.evaluate(() => ((window as unknown as { keptWindow: boolean }).keptWindow = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cities" }).click();
  await expect(page).toHaveURL(/\/cities$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { keptWindow?: boolean }).keptWindow)).toBe(true);
  expect(violations).toEqual([]);
});
