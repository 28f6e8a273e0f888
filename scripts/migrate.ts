import { countAppliedMigrations, migrateDatabase } from "@/db/migrate";
import { openDatabase } from "./open-database";

const database = await openDatabase();
try {
  const before = await countAppliedMigrations(database.db);
  await migrateDatabase(database.db);
  const after = await countAppliedMigrations(database.db);
  console.log(after > before ? `${after - before} migration${after - before === 1 ? "" : "s"} applied (${after} in all)` : `up to date: all ${after} migrations were applied before`);
} finally {
  await database.close();
}
