import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createTempDatabase, signInOver, startApp } from "./servers";

test.describe.configure({ timeout: 180_000 });

/** `npm start`'s script run to its end: its exit code and everything it printed. */
function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/start.ts"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("a start on a port already in use fails with one line that says so, and exit code 1 (for a supervisor to see)", async () => {
  const taken = net.createServer().listen(3411);
  const database = await createTempDatabase();
  try {
    const { code, output } = await runStart({ PORT: "3411", DATABASE_URL: database.url, AUTH_SECRET: "start tests: a secret of more than 32 characters" });
    expect(code).toBe(1);
    expect(output).toContain("could not start: port 3411 is in use (set PORT to another)");
    expect(output).not.toContain("uncaughtException");
  } finally {
    taken.close();
    await database.drop();
  }
});

test("a start with no database answering at DATABASE_URL fails with one line naming it, and exit code 1", async () => {
  const { code, output } = await runStart({ PORT: "3413", DATABASE_URL: "postgres://postgres:secret@127.0.0.1:5439/none", AUTH_SECRET: "start tests: a secret of more than 32 characters" });
  expect(code).toBe(1);
  expect(output.trim().split("\n").at(-1)).toBe("could not start: the database at DATABASE_URL (127.0.0.1:5439) does not answer: connect ECONNREFUSED 127.0.0.1:5439");
  expect(output).not.toContain("secret@");
});

test("the embedded demo's accounts: a later start says how to sign in, and gives them the password in DEMO_PASSWORD", async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "ekip-demo-")), "pglite");
  const start = (env: Record<string, string>) => startApp({ port: 3412, databaseUrl: "", env: { PGLITE_DATA_DIR: dataDir, ...env } });
  try {
    let app = await start({ DEMO_PASSWORD: "the first demo password" });
    expect(app.output()).toContain("demo accounts: admin@example.org and editor@example.org, password the one in DEMO_PASSWORD\n");
    await app.stop();

    app = await start({ DEMO_PASSWORD: "the second demo password" });
    expect(app.output()).toContain("password the one in DEMO_PASSWORD (given now to admin@example.org and editor@example.org)");
    expect((await signInOver(app.url, "admin@example.org", "the second demo password")).cookie).not.toBeNull();
    expect((await signInOver(app.url, "editor@example.org", "the first demo password")).cookie).toBeNull();
    await app.stop();

    // The same password again is not given again: the accounts' sessions are not ended by every start.
    app = await start({ DEMO_PASSWORD: "the second demo password" });
    expect(app.output()).toContain("password the one in DEMO_PASSWORD\n");
    await app.stop();

    app = await start({ DEMO_PASSWORD: "" });
    expect(app.output()).toContain("with the password printed at the first start (set DEMO_PASSWORD to give them another)");
    expect((await signInOver(app.url, "editor@example.org", "the second demo password")).cookie).not.toBeNull();
    await app.stop();
  } finally {
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
});
