import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { importCases } from "@/db/cases";
import type { SavedCase } from "@/db/case-writes";
import { ImportGateError, refusalsOf } from "@/db/import-gate";
import { migrateDatabase } from "@/db/migrate";
import { cleanText, REVISION_MESSAGE_LIMIT, type CaseDocument } from "@/lib/case/schema";
import { countOf } from "@/lib/plain-text";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { reasonOf } from "./failure";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run import -- [--dry-run] [--json] [--publish] [--waive REASON] [--replace-edits] FILE...";
/** The reason to import despite serious problems on a public page: kept in the case's history, as the editor keeps it. */
const waiveSchema = z.string().overwrite(cleanText)
  .min(1, '--waive needs the reason, as in --waive "Inventory to follow"')
  .max(REVISION_MESSAGE_LIMIT, `--waive: keep the reason to ${REVISION_MESSAGE_LIMIT} characters at most`)
  // parseArgs takes the word after --waive as its value, whatever it is: a file there is a reason forgotten.
  .refine((reason) => !existsSync(reason) && !/\.(md|markdown)$/i.test(reason), '--waive takes the reason, then the files: --waive "REASON" FILE...');

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

function savedLine(s: SavedCase): string {
  if (s.unchanged) return `unchanged ${s.slug} (version ${s.version} holds this already)`;
  const waived = s.waived?.length ? `, despite ${countOf(s.waived.length, "serious problem")} waived: ${s.waived.join("; ")}` : "";
  return `${s.isNew ? "imported" : "updated"} ${s.slug}${waived}`;
}

function printRefusal(error: ImportGateError, files: string[]): void {
  for (const r of error.refused) {
    const [first, ...more] = refusalsOf(r);
    const problems = r.problems.length ? r.problems.map((p) => `\n  - ${p.message}`).join("") : "";
    console.error(`${files[r.position]}: refused: ${first}${r.problems.length ? ":" : ""}${problems}${more.map((m) => `\n${files[r.position]}: refused: ${m}`).join("")}`);
  }
  const them = error.refused.length > 1 ? "them" : "it";
  const ways = [
    ...(error.refused.some((r) => r.problems.length) ? ['--waive "REASON" to go ahead despite the problems (the reason is kept in the case\'s history)'] : []),
    ...(error.refused.some((r) => r.replaces) ? ["--replace-edits to replace what was saved in the editor (its versions stay in the case's history)"] : []),
  ];
  console.error(`Nothing was written. Mend ${error.refused.length > 1 ? "the documents" : "the document"}, or import ${them} with ${ways.join(", and ")}.`);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, json: { type: "boolean" }, publish: { type: "boolean" }, waive: { type: "string" }, "replace-edits": { type: "boolean" } } });
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
    const saved = await importCases(cases, {
      publish: args.values.publish, by: { id: null, email: "command line (npm run import)" },
      gate: { reason: waive?.data, replaceEdits: args.values["replace-edits"] }, messages: args.positionals.map((file) => `Imported from ${basename(file)}`),
    });
    console.error(`into ${database.description}:`);
    for (const s of saved) console.error(savedLine(s));
    if (waive && !saved.some((s) => s.waived)) console.error("--waive: no serious problem needed waiving, so the reason was not kept");
    return 0;
  } catch (error) {
    if (!(error instanceof ImportGateError)) throw error;
    printRefusal(error, args.positionals);
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
