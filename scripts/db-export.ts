import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { exportContent } from "@/db/dump";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run db:export -- FILE [--audit]   (FILE - for standard output)";
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { audit: { type: "boolean" } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [file] = parsed.positionals;
if (!file || parsed.positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

const database = await openDatabase();
try {
  const dump = await exportContent({ audit: !!parsed.values.audit });
  const text = `${JSON.stringify(dump, null, 1)}\n`;
  if (file === "-") process.stdout.write(text);
  else {
    await writeFile(file, text);
    const tables = dump.tables as Record<string, unknown[]>;
    console.error(`wrote ${file}: ${tables.cases!.length} cases, ${tables.caseRevisions!.length} revisions, ${tables.caseStatusChanges!.length} changes of status${tables.auditLog ? `, ${tables.auditLog.length} audit entries` : ""}`);
  }
} finally {
  await database.close();
}
