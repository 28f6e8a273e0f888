import { countAppliedMigrations, migrateDatabase } from "@/db/migrate";
import { openDatabase } from "./open-database";

const database = await openDatabase();
try {
  const before = await countAppliedMigrations(database.db);
  const said: string[] = [];
  await migrateDatabase(database.db, { log: (line) => said.push(line) });
  const after = await countAppliedMigrations(database.db);
  console.log(after > before ? `${after - before} migration${after - before === 1 ? "" : "s"} applied (${after} in all)` : `up to date: all ${after} migrations were applied before`);
  for (const line of said) console.log(line);
} finally {
  await database.close();
}
