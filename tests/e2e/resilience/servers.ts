import { spawn, type ChildProcess } from "node:child_process";
import postgres from "postgres";

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const AUTH_SECRET = "resilience tests: one secret shared by every instance";

/** A new database on the test PostgreSQL server, dropped by `drop`. */
export async function createTempDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `ekip_resilience_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export type App = { url: string; output: () => string; stop: () => Promise<void> };

/** The production build started as `npm start` does (migrate, seed, serve), on its own port and database. */
export async function startApp({ port, databaseUrl, env = {} }: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<App> {
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const app = { url, output: () => output, stop: () => stopProcess(child) };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app on ${port} exited:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return app;
    await new Promise((r) => setTimeout(r, 300));
  }
  await app.stop();
  throw new Error(`the app on ${port} did not start:\n${output}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGTERM");
    setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 8000).unref();
  });
}

/** Runs a command-line tool of the app on a database; resolves with its output, rejects when it fails. */
export function runTool(args: string[], { databaseUrl, input = "" }: { databaseUrl: string; input?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${args.join(" ")} exited ${code}:\n${output}`))));
    child.stdin.end(input);
  });
}

/** Signs in through Auth.js's credentials endpoint: the session cookie, or the error code of the refusal. */
/** Signs in with the route Auth.js serves, as a browser carrying `browserCookie` (a known browser's) would. */
export async function signInOver(baseUrl: string, email: string, password: string, browserCookie?: string): Promise<{ cookie: string | null; code: string | null; knownBrowser: string | null }> {
  // The proxy's auth() and the route both set a CSRF cookie on a first visit; keep one, and ask again with it
  // for the token that goes with it.
  const first = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookies = new Map<string, string>();
  for (const c of first.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const name = pair!.split("=")[0]!;
    if (!cookies.has(name)) cookies.set(name, pair!);
  }
  const csrfCookie = [...cookies.values(), ...(browserCookie ? [browserCookie] : [])].join("; ");
  const { csrfToken } = (await (await fetch(`${baseUrl}/api/auth/csrf`, { headers: { Cookie: csrfCookie } })).json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/account` }),
  });
  const set = (name: string) => response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`))?.split(";")[0] ?? null;
  const location = response.headers.get("location") ?? "";
  return { cookie: set("authjs.session-token"), code: new URL(location, baseUrl).searchParams.get("code"), knownBrowser: set("ekip-known-browser") };
}
