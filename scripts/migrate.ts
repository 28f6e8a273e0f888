import { migrateDatabase } from "@/db/migrate";
import { openDatabase } from "./open-database";

const database = await openDatabase();
try {
  await migrateDatabase(database.db);
  console.log("migrations applied");
} finally {
  await database.close();
}
