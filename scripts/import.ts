import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { importCases } from "@/db/cases";
import { migrateDatabase } from "@/db/migrate";
import type { CaseDocument } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { reasonOf } from "./failure";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run import -- [--dry-run] [--json] [--publish] FILE...";

async function readCases(files: string[]): Promise<CaseDocument[] | null> {
  const cases: CaseDocument[] = [];
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      failed = true;
      continue;
    }
    const parsed = parseCaseDocument(bytes);
    if (!parsed.ok) {
      console.error(`${file}: ${parsed.error}`);
      failed = true;
      continue;
    }
    for (const w of parsed.warnings) console.error(`${file}:${w.line}: warning: ${w.message}`);
    cases.push(parsed.case);
  }
  return failed ? null : cases;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, json: { type: "boolean" }, publish: { type: "boolean" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.positionals.length) {
    console.error(USAGE);
    return 2;
  }
  const cases = await readCases(args.positionals);
  if (!cases) return 1;
  if (args.values.json) console.log(JSON.stringify(cases.length === 1 ? cases[0] : cases, null, 2));
  if (args.values["dry-run"]) return 0;
  const database = await openDatabase();
  try {
    await migrateDatabase(database.db);
    const saved = await importCases(cases, { publish: args.values.publish, by: { id: null, email: "command line (npm run import)" } });
    for (const s of saved) console.error(s.unchanged ? `unchanged ${s.slug} (version ${s.version} holds this already)` : `${s.isNew ? "imported" : "updated"} ${s.slug}`);
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`import failed, nothing was written: ${reasonOf(error)}`);
  process.exitCode = 1;
}
