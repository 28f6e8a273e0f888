import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { caseDocumentSchema } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "../support/fixtures";

function runImport(args: string[], dataDir: string) {
  const env = { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" };
  const run = spawnSync("npm", ["run", "--silent", "import", "--", ...args], { env, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.trim() };
}

const workDir = mkdtempSync(path.join(tmpdir(), "ekip-import-"));
const file = (name: string, content: string | Buffer) => {
  const target = path.join(workDir, name);
  writeFileSync(target, content);
  return target;
};

describe("npm run import", () => {
  it("prints the whole case as interchange JSON with --dry-run --json, and writes nothing", () => {
    const dataDir = path.join(workDir, "dry-run-db");
    const run = runImport(["--dry-run", "--json", DELIVERED_CASE], dataDir);
    expect(run.code).toBe(0);
    const printed = caseDocumentSchema.parse(JSON.parse(run.stdout));
    const expected = parseCaseDocument(readText(DELIVERED_CASE));
    expect(expected.ok && printed).toEqual(expected.ok && expected.case);
    expect(existsSync(dataDir)).toBe(false);
  });

  it.each([
    ["empty", "", "the file is empty"],
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), "binary file"],
    ["not a case", "# Minutes\n\nWe met on Tuesday.\n", "no city line"],
  ])("refuses a %s file with one line on stderr and writes nothing", (name, content, reason) => {
    const dataDir = path.join(workDir, `${name}-db`);
    const bad = file(`${name}.md`, content);
    const run = runImport([DELIVERED_CASE, bad], dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^${bad}: not a City Case Description: .*${reason}`));
    expect(existsSync(dataDir)).toBe(false);
  });

  it("imports into the embedded database, leaves the case as it was for the same file again, and updates it for a changed one", () => {
    const dataDir = path.join(workDir, "db");
    const first = runImport([DELIVERED_CASE, LUND_VARIANT], dataDir);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("imported saint-etienne-artificial-intelligence");
    expect(first.stderr).toContain(`${LUND_VARIANT}:68: warning: "Budget" is not a part of a City Case Description`);
    const again = runImport([DELIVERED_CASE], dataDir);
    // It says where it wrote: the embedded database named by PGLITE_DATA_DIR.
    expect(again).toMatchObject({ code: 0, stderr: `into the embedded database in ${dataDir}:\nunchanged saint-etienne-artificial-intelligence (version 1 holds this already)` });
    const changed = file("changed.md", `${readText(DELIVERED_CASE)}\n\nAmended after the workshop.\n`);
    const third = runImport([changed], dataDir);
    expect(third.code).toBe(0);
    expect(third.stderr.split("\n").at(-1)).toBe("updated saint-etienne-artificial-intelligence");
  });

  it("refuses, as the editor does, a document that would put a new serious problem on a published case's page, naming its file, unless a reason is given", () => {
    const dataDir = path.join(workDir, "gate-db");
    expect(runImport(["--publish", DELIVERED_CASE], dataDir).code).toBe(0);
    const delivered = readText(DELIVERED_CASE);
    const inventory = delivered.indexOf("## • Inventory");
    const worse = file("no-inventory.md", delivered.slice(0, inventory) + delivered.slice(delivered.indexOf("\n## ", inventory + 1) + 1));
    // The same case twice in a batch, the second without its inventory: the second is the one named.
    const refused = runImport([DELIVERED_CASE, worse], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split("\n").slice(-3)).toEqual([
      `${worse}: refused: importing saint-etienne-artificial-intelligence would put 1 new serious problem on its public page:`,
      "  - The inventory is empty",
      'Nothing was written. Mend the document, or import it with --waive "REASON" to go ahead despite the problems (the reason is kept in the case\'s history).',
    ]);
    // A file where the reason should be (parseArgs takes the word after --waive as its value) is not taken as one.
    expect(runImport(["--waive", DELIVERED_CASE, worse], dataDir)).toMatchObject({ code: 2, stderr: '--waive takes the reason, then the files: --waive "REASON" FILE...' });
    expect(runImport(["--waive", " ", worse], dataDir)).toMatchObject({ code: 2, stderr: '--waive needs the reason, as in --waive "Inventory to follow"' });
    const waived = runImport(["--waive", "Inventory to follow", worse], dataDir);
    expect(waived.code).toBe(0);
    expect(waived.stderr.split("\n").at(-1)).toBe("updated saint-etienne-artificial-intelligence, despite 1 serious problem waived: The inventory is empty");
  });
});
