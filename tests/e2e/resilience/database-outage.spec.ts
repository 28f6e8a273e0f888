import { expect, test } from "@playwright/test";
import { startTcpProxy, type TcpProxy } from "../../support/tcp-proxy";
import { createTempDatabase, POSTGRES_URL, startApp, type App } from "./servers";

// Internals a visitor must never see, whatever fails.
// A query's text: "select … from", not the word as a page may use it ("select its text and copy it").
const INTERNALS = /\bat [\w$.<>]+ \(|node_modules|ECONNREFUSED|ECONNRESET|PostgresError|Failed query|127\.0\.0\.1:\d+|\bselect\s+[\w".*, ()]+?\s+from\s/i;

let database: Awaited<ReturnType<typeof createTempDatabase>>;
let proxy: TcpProxy;
let app: App;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createTempDatabase();
  const server = new URL(POSTGRES_URL);
  proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  const url = new URL(database.url);
  url.host = `127.0.0.1:${proxy.port}`;
  app = await startApp({ port: 3401, databaseUrl: url.toString() });
});

test.afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await database?.drop();
});

async function get(path: string) {
  const response = await fetch(`${app.url}${path}`, { redirect: "manual" });
  return { status: response.status, type: response.headers.get("content-type") ?? "", cache: response.headers.get("cache-control"), csp: response.headers.get("content-security-policy"), body: await response.text() };
}

/** Asks until the answer has the status, checking that no answer on the way shows internals. */
async function until(path: string, status: number, ask: typeof get = get) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await ask(path);
    expect(answer.body, `${path} answered ${answer.status}`).not.toMatch(INTERNALS);
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test("answers 503 without internals while PostgreSQL is out of reach, and serves again when it is back, without a restart", async () => {
  expect((await get("/")).status).toBe(200);
  expect((await get("/cases/saint-etienne-artificial-intelligence")).status).toBe(200);
  expect(JSON.parse((await get("/api/health")).body)).toEqual({ status: "ok", database: "ok" });

  await proxy.cut();
  // At once, not after the proxy's once-a-second check: the first request that finds the database gone says so.
  const first = await get("/cases/saint-etienne-artificial-intelligence");
  expect(first.status).toBe(503);
  expect(first.body).toContain("temporarily unavailable");
  const page = await until("/", 503);
  expect(page.status).toBe(503);
  expect(page.type).toMatch(/^text\/html/);
  expect(page.body).toContain("temporarily unavailable");
  // Nothing runs on it, and nothing loads from anywhere: its one style is allowed by its hash.
  expect(page.csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
  const casePage = await until("/cases/saint-etienne-artificial-intelligence", 503);
  expect(casePage.status).toBe(503);
  const api = await until("/api/v1/cases", 503);
  expect(api.status).toBe(503);
  expect(api.type).toMatch(/^application\/json/);
  expect(JSON.parse(api.body)).toEqual({ error: { message: expect.stringContaining("temporarily unavailable") } });
  const health = await until("/api/health", 503);
  expect(health.status).toBe(503);
  expect(health.cache).toBe("no-store");
  expect(JSON.parse(health.body)).toEqual({ status: "unavailable", database: "unreachable" });

  await proxy.restore();
  expect((await until("/", 200)).status).toBe(200);
  const back = await until("/api/v1/cases", 200);
  expect(JSON.parse(back.body).total).toBe(1);
  expect(JSON.parse((await get("/api/health")).body)).toEqual({ status: "ok", database: "ok" });
  expect((await get("/cases/saint-etienne-artificial-intelligence")).status).toBe(200);
  // The instance's log says when it lost the database and when it had it back: each change once.
  const said = app.output().split("\n").filter((line) => /^\S+ database: /.test(line)).map((line) => line.replace(/^\S+ /, ""));
  expect(said[0]).toBe("database: unreachable; pages and the API answer 503 until it is back");
  expect(said.at(-1)).toBe("database: answering again; pages and the API are served");
  expect(said.filter((line, i) => i > 0 && line.includes("again") === said[i - 1]!.includes("again")), said.join("\n")).toEqual([]);
});

test("under load (20 clients), a cut answers friendly pages, never internals, and the same process serves again", async () => {
  const paths = ["/", "/cases/saint-etienne-artificial-intelligence", "/api/v1/cases", "/cases?q=innovation", "/compare?cases=saint-etienne-artificial-intelligence"];
  const seen: Array<{ startedAt: number; endedAt: number; status: number }> = [];
  let isRunning = true;
  const client = async (n: number) => {
    for (let i = n; isRunning; i++) {
      const startedAt = Date.now();
      const answer = await get(paths[i % paths.length]!).catch(() => ({ status: 0, body: "", type: "", cache: null, csp: null }));
      // A served page may well say "select"; an error answer must show nothing of the machinery.
      if (answer.status !== 200) expect(answer.body, `${paths[i % paths.length]} answered ${answer.status}`).not.toMatch(INTERNALS);
      seen.push({ startedAt, endedAt: Date.now(), status: answer.status });
    }
  };
  // Waits for what the clients see rather than for fixed times: on a busy machine one answer can take seconds.
  const waitFor = async (what: string, isDone: () => boolean) => {
    const deadline = Date.now() + 30_000;
    while (!isDone()) {
      if (Date.now() > deadline) throw new Error(`no ${what} within 30 s; seen: ${timeline(seen)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const clients = Array.from({ length: 20 }, (_, n) => client(n));
  await waitFor("20 pages served before the cut", () => seen.filter((s) => s.status === 200).length >= 20);
  const cutAt = Date.now();
  await proxy.cut();
  await waitFor("20 answers of 503 while cut", () => seen.filter((s) => s.startedAt > cutAt && s.status === 503).length >= 20);
  await proxy.restore();
  const restoredAt = Date.now();
  await waitFor("page served after the restore", () => seen.some((s) => s.startedAt > restoredAt && s.status === 200));
  // Once one request is served again the pool has reconnected: from a second later, every request is served.
  const servedAgainAt = Math.min(...seen.filter((s) => s.startedAt > restoredAt && s.status === 200).map((s) => s.endedAt));
  await waitFor("40 answers after service came back", () => seen.filter((s) => s.startedAt > servedAgainAt + 1000).length >= 40);
  isRunning = false;
  await Promise.all(clients);

  // Every request was answered (no dropped connection, so the process never went down), and none with the error
  // page: a page that failed because the database went away mid-request is answered with the 503 too.
  expect(seen.filter((s) => s.status === 0), timeline(seen)).toEqual([]);
  expect(seen.filter((s) => s.status !== 200 && s.status !== 503), timeline(seen)).toEqual([]);
  const afterwards = seen.filter((s) => s.startedAt > servedAgainAt + 1000);
  expect(afterwards.filter((s) => s.status !== 200), timeline(seen)).toEqual([]);
});

test("a request that fails because the database went away, between two of the proxy's checks, makes the next one a 503 at once", async () => {
  // With a session cookie a read is not the page cache's to answer: it goes to Next, past the proxy's check.
  const signedIn = async (path: string) => {
    const response = await fetch(`${app.url}${path}`, { headers: { cookie: "authjs.session-token=not-a-real-one" } });
    return { status: response.status, type: "", cache: null, csp: null, body: await response.text() };
  };
  // The outage before this one may have left the instance's last look at the database under a second old.
  expect((await until("/api/v1/cases", 200, signedIn)).status).toBe(200);
  await proxy.cut();
  const failed = await signedIn("/api/v1/cases");
  const next = await signedIn("/api/v1/cases");
  for (const answer of [failed, next]) expect(answer.body).not.toMatch(INTERNALS);
  // The proxy looks at the database at most once a second: a request inside that second still reaches the route
  // and fails (500). The failure itself makes the instance look again (instrumentation.ts): the next is a 503.
  if (failed.status === 500) expect(next.status).toBe(503);
  else expect(failed.status).toBe(503);
  await proxy.restore();
  expect((await until("/api/v1/cases", 200)).status).toBe(200);
});

/** Answers by status per half second from the first request, for the message of a failure. */
function timeline(seen: Array<{ startedAt: number; status: number }>): string {
  const t0 = Math.min(...seen.map((s) => s.startedAt));
  const buckets = new Map<string, number>();
  for (const s of seen) {
    const key = `${Math.floor((s.startedAt - t0) / 500) * 500} ms: ${s.status}`;
    buckets.set(key, (buckets.get(key) ?? 0) + 1);
  }
  return [...buckets].map(([key, n]) => `${key} ×${n}`).join(", ");
}
