import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "ekip-users-")), "db");

function userCreate(args: string[], password: string) {
  const run = spawnSync("npm", ["run", "--silent", "user:create", "--", ...args], {
    input: password, encoding: "utf8", timeout: 60_000, env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
  });
  return { code: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

describe("npm run user:create", () => {
  it("creates the first admin with the password read from standard input", () => {
    expect(userCreate(["--email", "First.Admin@Example.org", "--role", "admin"], "a strong first password\n")).toEqual({ code: 0, stdout: "created admin first.admin@example.org", stderr: "" });
  });

  it("refuses a short password, an unknown role and a city editor without a city, creating nothing", () => {
    expect(userCreate(["--email", "x@example.org", "--role", "editor"], "short")).toMatchObject({ code: 2, stderr: expect.stringContaining("password: Use at least 12 characters") });
    expect(userCreate(["--email", "x@example.org", "--role", "owner"], "a strong password here")).toMatchObject({ code: 2, stderr: expect.stringContaining("role: Choose admin, editor or city editor") });
    expect(userCreate(["--email", "x@example.org", "--role", "city-editor"], "a strong password here")).toMatchObject({ code: 2, stderr: expect.stringContaining("Choose at least one city") });
    expect(userCreate(["--email", "first.admin@example.org", "--role", "editor"], "a strong password here")).toMatchObject({ code: 1, stderr: "email: An account with this email address exists already" });
  });
});
