import { readFile } from "node:fs/promises";
import { DumpError, importContent, parseDump } from "@/db/dump";
import { migrateDatabase } from "@/db/migrate";
import { reasonOf } from "./failure";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run db:import -- FILE   (into a database with no content)";
const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith("-")) {
  console.error(USAGE);
  process.exit(2);
}
const [file] = args as [string];

let dump;
try {
  dump = parseDump(await readFile(file, "utf8"));
} catch (error) {
  console.error(`${file}: ${error instanceof DumpError ? error.message : (error as Error).message}; nothing was changed`);
  process.exit(1);
}

const database = await openDatabase();
try {
  await migrateDatabase(database.db);
  const counts = await importContent(dump);
  console.log(`restored ${file}: ${Object.entries(counts).map(([table, n]) => `${n} ${table}`).join(", ")}`);
} catch (error) {
  // The restore is one transaction: the tables the migrations made stay, empty.
  console.error(`${file}: ${error instanceof DumpError ? error.message : `restore failed: ${reasonOf(error)}`}; nothing was restored`);
  process.exitCode = 1;
} finally {
  await database.close();
}
