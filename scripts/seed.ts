import { parseArgs } from "node:util";
import { migrateDatabase } from "@/db/migrate";
import { importSampleCases, removeSampleCases, seedDatabase } from "@/db/seed";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run db:seed [-- --samples | --remove-samples]";
let options;
try {
  options = parseArgs({ options: { samples: { type: "boolean" }, "remove-samples": { type: "boolean" } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const database = await openDatabase();
try {
  await migrateDatabase(database.db);
  const seeded = await seedDatabase();
  console.log(seeded.length ? `imported ${seeded.join(", ")}` : "the database already has cases; nothing imported");
  if (options.samples) console.log(`sample cases (labelled "sample content"): ${(await importSampleCases()).join(", ")}`);
  if (options["remove-samples"]) {
    const removed = await removeSampleCases();
    console.log(removed.length ? `removed sample cases: ${removed.join(", ")}` : "no sample cases to remove");
  }
} finally {
  await database.close();
}
