import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { openDatabase } from "./open-database";

const database = await openDatabase();
try {
  await migrateDatabase(database.db);
  const imported = await seedDatabase();
  console.log(imported.length ? `imported ${imported.join(", ")}` : "the database already has cases; nothing imported");
} finally {
  await database.close();
}
