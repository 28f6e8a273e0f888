import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];

export type RunningApp = { baseUrl: string; stop: () => Promise<void> };

/**
 * The production build (`npx next build` first) started as `npm start` does, on an embedded database
 * of its own that the start script migrates and seeds (the delivered case and the three samples).
 */
export async function startApp({ port = 3200, dataDir = ".data/weight" } = {}): Promise<RunningApp> {
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64") },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // The start script and the Next server it runs share this process group.
    try { process.kill(-child.pid!, "SIGTERM"); } catch { /* already gone */ }
    await sleep(500);
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the app did not start:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/`)).ok) return { baseUrl, stop };
    } catch { /* not listening yet */ }
    await sleep(500);
  }
  await stop();
  throw new Error(`the app did not answer within 2 minutes:\n${output}`);
}

/** The pages to weigh and audit, with real slugs read from the open data API. */
export async function publicPages(baseUrl: string): Promise<Record<string, string>> {
  const list = (await (await fetch(`${baseUrl}/api/v1/cases`)).json()) as { data: Array<{ slug: string }> };
  const slugs = list.data.map((c) => c.slug);
  if (slugs.length < 4) throw new Error(`comparing 4 cases needs 4 published cases; the app has ${slugs.length}`);
  return {
    home: "/",
    cases: "/cases",
    case: `/cases/${slugs[0]}`,
    compare: `/compare?cases=${slugs.slice(0, 4).join(",")}`,
    recommendations: "/recommendations",
    cities: "/cities",
  };
}
