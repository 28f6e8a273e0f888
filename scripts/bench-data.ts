import { parseArgs } from "node:util";
import { connectDatabase, useDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { countSyntheticCases, fillDatabase } from "@/bench/synthetic/fill";
import { reasonOf } from "./failure";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run bench:data -- --cases N [--database-url URL] [--seed S]";
let options;
try {
  options = parseArgs({ options: { cases: { type: "string" }, "database-url": { type: "string" }, seed: { type: "string" } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const count = Number(options.cases);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--cases: a whole number of cases, 1 or more\n${USAGE}`);
  process.exit(2);
}

// An explicit URL, else the app's own database (DATABASE_URL or the embedded one).
const database = options["database-url"] ? connectDatabase(options["database-url"]) : await openDatabase();
useDatabase(database);
try {
  await migrateDatabase(database.db);
  const n = await countSyntheticCases();
  if (n > 0) throw new Error(`the database holds ${n} synthetic cases already (bench-*): fill an empty database (createdb, then --database-url), or remove them first`);
  const started = performance.now();
  const written = await fillDatabase(count, {
    seed: options.seed === undefined ? undefined : Number(options.seed),
    onProgress: (n) => { if (n % 1000 === 0) console.log(`${n} of ${count} cases written`); },
  });
  console.log(`${written} synthetic cases (slugs bench-*), published, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`bench:data: ${reasonOf(error)}; nothing was written`);
  process.exitCode = 1;
} finally {
  await database.close();
}
