import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { importCases } from "@/db/cases";
import { migrateDatabase } from "@/db/migrate";
import { ImportGateError } from "@/db/import-gate";
import { revisionMessageSchema, type CaseDocument } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { reasonOf } from "./failure";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run import -- [--dry-run] [--json] [--publish] [--waive REASON] FILE...";
/** The reason to import despite serious problems on a public page: kept in the case's history, as the editor keeps it. */
const waiveSchema = revisionMessageSchema.refine((reason) => reason.length > 0, "--waive needs the reason, as in --waive \"Inventory to follow\"");

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

const GATE_ADVICE = "Nothing was written. Mend the document, or import it as it is with --waive \"REASON\" (the reason is kept in the case's history).";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, json: { type: "boolean" }, publish: { type: "boolean" }, waive: { type: "string" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.positionals.length) {
    console.error(USAGE);
    return 2;
  }
  const waive = args.values.waive === undefined ? undefined : waiveSchema.safeParse(args.values.waive);
  if (waive && !waive.success) {
    console.error(waive.error.issues[0]!.message);
    return 2;
  }
  const cases = await readCases(args.positionals);
  if (!cases) return 1;
  if (args.values.json) console.log(JSON.stringify(cases.length === 1 ? cases[0] : cases, null, 2));
  if (args.values["dry-run"]) return 0;
  const database = await openDatabase();
  try {
    await migrateDatabase(database.db);
    const saved = await importCases(cases, { publish: args.values.publish, by: { id: null, email: "command line (npm run import)" }, gate: { waive: waive?.data } });
    for (const s of saved) console.error(s.unchanged ? `unchanged ${s.slug} (version ${s.version} holds this already)` : `${s.isNew ? "imported" : "updated"} ${s.slug}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportGateError)) throw error;
    const file = args.positionals[cases.findIndex((c) => c.slug === error.slug)];
    console.error(`${file}: refused: ${error.message}:\n${error.problems.map((p) => `  - ${p.message}\n`).join("")}${GATE_ADVICE}`);
    return 1;
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
