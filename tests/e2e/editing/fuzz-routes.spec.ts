import { expect, test, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { request as httpRequest } from "node:http";
import { hostileText } from "../../support/hostile";
import { e2eDatabase, signIn } from "../session";
import { actionIds } from "../server-actions";

/**
 * Random and hostile addresses for every route handler: query strings and path segments of unicode, NUL,
 * broken percent-encoding, paths, SQL, repeated parameters, numbers out of range. Never a 500; the API's
 * refusals are JSON that says what was wrong.
 */

const SLUG = "saint-etienne-artificial-intelligence";
const RUNS = 30;

/** Percent-encoded text, or raw fragments no encoder makes: a lone `%`, `%ff` (not UTF-8), an encoded NUL or slash. */
const raw = fc.oneof(
  { weight: 3, arbitrary: hostileText(40).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.constantFrom("%00", "%", "%zz", "%ff", "%C0%AF", "%E0%A4%A", "..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a".repeat(4_000), SLUG, SLUG.toUpperCase(), `${SLUG}%00`, "cases.csv", "inventory.csv", "cases.json", "-1", "1e9") },
);

const KEYS = ["q", "city", "country", "policyArea", "year", "facet", "stakeholder", "page", "cases", "who", "action", "subject", "__proto__", "constructor", "q[]", "page[0]", ""];
const queryString = fc
  // Mostly known parameters (an unknown one is refused before any other is read), with hostile values.
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: raw }), fc.oneof(raw, fc.constantFrom("2024", "0", "-5", "99999999999999999999", "1.5", "NaN", "adaptive", "fr", "x", ""))), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

const APIS = ["/api/v1/cases", "/api/v1/cities", "/api/v1/policy-areas", "/api/v1/recommendations", "/api/v1/actors", "/api/v1/openapi.json", "/api/v1/bulk/cases.json"];
const CASE_FILES = ["export.json", "export.md", "inventory.csv", "cite.bib", "cite.json"];

async function expectAnswered(response: APIResponse, url: string) {
  const body = await response.text();
  expect(response.status(), `${url}\n${body.slice(0, 300)}`).toBeLessThan(500);
  if (response.status() === 400 && url.startsWith("/api/v1/")) {
    expect(response.headers()["content-type"], url).toMatch(/^application\/json/);
    expect(JSON.parse(body).error.message, url).toMatch(/\w/);
  }
}

test.describe.configure({ mode: "parallel" });

test("the API's lists, the OpenAPI document, the bulk file and the feed answer any query string without a 500", async ({ request }) => {
  test.setTimeout(90_000);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...APIS, "/feed.xml", "/compare/export.csv", "/compare/export.json"), queryString, async (path, query) => {
      const url = `${path}?${query}`;
      await expectAnswered(await request.get(url), url);
    }),
    { numRuns: RUNS * 4 },
  );
});

test("a case, a bulk table, a case's downloads and its versions answer any path segment with 4xx or the file, never a 500", async ({ request }) => {
  test.setTimeout(90_000);
  const paths = fc.oneof(
    raw.map((s) => `/api/v1/cases/${s}`),
    raw.map((s) => `/api/v1/bulk/${s}`),
    raw.map((s) => `/api/v1/actors/${s}`),
    fc.tuple(raw, fc.constantFrom(...CASE_FILES)).map(([s, file]) => `/cases/${s}/${file}`),
    // A version of a case: the page of a real case's version, or an address no case has.
    fc.tuple(fc.oneof(fc.constant(SLUG), raw), raw).map(([s, version]) => `/cases/${s}/versions/${version}`),
    fc.tuple(fc.oneof(fc.constant(SLUG), raw), raw).map(([s, version]) => `/cases/${s}/versions/${version}/changes`),
    fc.tuple(fc.oneof(fc.constant(SLUG), raw), raw).map(([s, version]) => `/api/v1/cases/${s}/versions/${version}`),
  );
  await fc.assert(
    fc.asyncProperty(paths, queryString, async (path, query) => {
      const url = query ? `${path}?${query}` : path;
      const response = await request.get(url);
      await expectAnswered(response, url);
      if (response.status() === 404 && path.startsWith("/api/v1/cases/") && /json/.test(response.headers()["content-type"] ?? "")) expect(JSON.parse(await response.text()).error.message, url).toMatch(/No published case|The API has no address|has no version \d+ that readers could read/);
    }),
    { numRuns: RUNS * 4 },
  );
});

test("an unknown case is 404 with a JSON message from the API and the downloads (400 naming the slug when no case can have it)", async ({ request }) => {
  for (const segment of ["no-such-case", "%00", "NOT-A-SLUG", "..%2F..%2Fetc%2Fpasswd", "a".repeat(121)]) {
    const api = await request.get(`/api/v1/cases/${segment}`);
    const body = (await api.json()) as { error: { parameter?: string; message: string } };
    if (segment === "no-such-case") {
      expect(api.status(), segment).toBe(404);
      expect(body.error.message, segment).toContain("No published case");
    } else {
      expect(api.status(), segment).toBe(400);
      expect(body.error, segment).toMatchObject({ parameter: "slug", message: expect.stringMatching(/^slug: /) });
    }
    for (const file of CASE_FILES) expect((await request.get(`/cases/${segment}/${file}`)).status(), `${segment}/${file}`).toBe(api.status());
  }
});

test("the editors' pages and look-ups answer any query string without a 500", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@example.org");
  const paths = ["/edit", "/edit/organisations", "/edit/organisations/suggestions", "/edit/cities", "/edit/quality", "/admin/audit"];
  for (const path of paths) {
    for (const query of ["q=%00", "q=a%00b", "city=%00", "policyArea=%00&status=%00", "page=%00", "q=%ff", "q=%", "who=%00&action=%25&subject=%ff", "action=case._%25&subject=" + "x".repeat(400)]) {
      const url = `${path}?${query}`;
      await expectAnswered(await page.request.get(url), url);
    }
  }
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...paths), queryString, async (path, query) => {
      const url = `${path}?${query}`;
      await expectAnswered(await page.request.get(url), url);
    }),
    { numRuns: RUNS },
  );
});

test("an editor's pages take a case id of digits only: 1e3 is no case, not case 1000", async ({ page }) => {
  await signIn(page, "admin@example.org");
  const id = await firstCaseId();
  for (const tail of ["", "/preview", "/history", "/update", "/address"]) {
    expect((await page.request.get(`/edit/cases/${id}${tail}`)).status(), `${id}${tail}`).toBe(200);
    for (const segment of [`${id}e0`, "1e3", "0", "-1", " 1", "1.0", "0x10", "9999999999"]) {
      expect((await page.request.get(`/edit/cases/${encodeURIComponent(segment)}${tail}`)).status(), `${segment}${tail}`).toBe(404);
    }
  }
});

test("a form larger than 4 MB is refused with 413 before any action reads it", async ({ request, baseURL }) => {
  const response = await request.post("/edit/cases/new", {
    headers: { origin: baseURL!, "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "x".repeat(4 * 1024 * 1024 + 1),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("larger than 4 MB");
});

test("a form sent in chunks, of no stated length, is refused with 411 before any action reads it", async ({ baseURL }) => {
  // A body of unknown length: Next read it to its 4 MB limit and answered with a 500. Playwright's requests always state their length.
  const signIn = actionIds().signInAction!;
  // Also when it says it is Next's forward of an action (which the server in front alone may say).
  for (const [size, forward] of [[10, {}], [5 * 1024 * 1024, {}], [5 * 1024 * 1024, { "x-ekip-action-forward": "1", "x-action-forwarded": "1" }]] as const) {
    const answer = await send(new URL("/sign-in", baseURL), "POST", { origin: baseURL!, "next-action": signIn, "content-type": "application/x-www-form-urlencoded", ...forward }, `1_email=${"a".repeat(size)}`);
    expect(answer.status, `${size} bytes`).toBe(411);
    expect(answer.text).toContain("Content-Length");
  }
});

test("an address longer than 8 KiB is refused with 414, not sent back whole in a redirect no client can read", async ({ request }) => {
  // An empty segment is redirected (to "/cases/versions/…"), which would echo the whole query string.
  const long = await request.get(`/cases//versions/1/changes?q=${"a".repeat(8_200)}`, { maxRedirects: 0 });
  expect(long.status()).toBe(414);
  expect(await long.text()).toBe("This address is too long: the site's addresses are at most 8,192 characters.\n");
  expect((await request.get(`/cases?q=${"a".repeat(7_000)}`, { maxRedirects: 0 })).status()).toBeLessThan(500);
});

test("headers Next or Auth.js would answer with a 500 are refused, or set aside, by the server in front", async ({ baseURL }) => {
  const url = new URL("/sign-in", baseURL);
  // This server runs with TRUST_PROXY=1 (playwright.config.ts): each header is read as the one proxy in front wrote
  // it, the last entry (two proxies that each append write "https, http"), and refused when no proxy would write it.
  const forwarded: Array<[Record<string, string>, number]> = [
    [{ "x-forwarded-proto": "https, http" }, 200], [{ "x-forwarded-host": `a b, ${url.host}` }, 200],
    [{ "x-forwarded-proto": "gopher" }, 400], [{ "x-forwarded-host": "a b" }, 400], [{ "x-forwarded-host": "localhost:99999" }, 400],
  ];
  for (const [headers, status] of forwarded) {
    const answer = await send(url, "GET", headers);
    expect(answer.status, JSON.stringify(headers)).toBe(status);
    expect(answer.text).toMatch(status === 200 ? /Sign in/ : /^The X-Forwarded-(Proto|Host) header the proxy in front sent cannot be read\. Nothing was changed\.\n$/);
  }
  for (const host of ["a b", "localhost:99999", "%%"]) {
    const answer = await send(url, "GET", { host });
    expect(answer.status, host).toBe(400);
    expect(answer.text).toBe("The Host header does not name a host. Nothing was changed.\n");
  }
  // The client router's state, which Next could not read: a 500 on every page (valid ones: the editor's navigation, tests/e2e/editing/editor-nav.spec.ts).
  const trees: Array<[string, string]> = [["/cases", "garbage"], ["/no-such-page", "garbage"], ["/", encodeURIComponent('{"children":1}')], ["/", "[".repeat(3_000)]];
  for (const [path, tree] of trees) {
    const answer = await send(new URL(path, baseURL), "GET", { rsc: "1", "next-router-state-tree": tree });
    expect(answer.status, `${path} ${tree.slice(0, 20)}`).toBe(400);
    expect(answer.text).toBe("The Next-Router-State-Tree header cannot be read: reload the page.\n");
  }
  // A callback address Auth.js would fail on ("server configuration", 500): the cookie set aside, the parameter refused.
  const session = await send(new URL("/api/auth/session", baseURL), "GET", { cookie: "authjs.callback-url=javascript%3Aalert(1)" });
  expect([session.status, session.text]).toEqual([200, "null"]);
  for (const path of ["/api/auth/session", "/api/auth/csrf"]) {
    const answer = await send(new URL(`${path}?callbackUrl=javascript:alert(1)`, baseURL), "GET", {});
    expect(answer.status, path).toBe(400);
    expect(answer.text).toBe("The callbackUrl parameter is not an address of this site or an http(s) address. Nothing was changed.\n");
  }
  for (const path of ["/", "/api/v1/cases", "/edit"]) {
    const answer = await send(new URL(path, baseURL), "TRACE", {});
    expect(answer.status, path).toBe(501);
    expect(answer.text).toBe("TRACE is not answered here.\n");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  }
});

/**
 * A request as a script sends it, with headers a browser would not let it set (Host); a body, when given, in chunks
 * of no stated length.
 */
function send(url: URL, method: string, headers: Record<string, string>, chunkedBody?: string): Promise<{ status: number; text: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const sent = chunkedBody === undefined ? headers : { ...headers, "transfer-encoding": "chunked" };
    const request = httpRequest(url, { method, headers: sent, setHost: !("host" in headers) }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve({ status: response.statusCode!, text, headers: response.headers }));
    });
    // The server may answer and close before the whole body is sent.
    request.on("error", (error: NodeJS.ErrnoException) => (chunkedBody !== undefined && (error.code === "EPIPE" || error.code === "ECONNRESET") ? undefined : reject(error)));
    for (let at = 0; at < (chunkedBody?.length ?? 0); at += 64 * 1024) request.write(chunkedBody!.slice(at, at + 64 * 1024));
    request.end();
  });
}

async function firstCaseId(): Promise<number> {
  const db = e2eDatabase();
  try {
    const [row] = await db`select min(id) as id from cases`;
    return row!.id as number;
  } finally {
    await db.end();
  }
}
