import { parseArgs } from "node:util";
import { z } from "zod";
import { migrateDatabase } from "@/db/migrate";
import { createUser, UserError } from "@/db/users";
import { newUserSchema } from "@/lib/auth/user-schemas";
import { openDatabase } from "./open-database";

const USAGE = "usage: npm run user:create -- --email E --role admin|editor|city-editor [--city SLUG]... [--name NAME] < password";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, city: { type: "string", multiple: true }, name: { type: "string" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  // The password comes from standard input, so that it is in no shell history or process list.
  const parsed = newUserSchema.safeParse({
    email: values.email, name: values.name ?? "", role: values.role?.replace("-", "_"), citySlugs: values.city ?? [], password: await readStdin(),
  });
  if (!parsed.success) {
    for (const [field, errors] of Object.entries(z.flattenError(parsed.error).fieldErrors)) console.error(`${field}: ${(errors as string[]).join("; ")}`);
    console.error(USAGE);
    return 2;
  }
  const database = await openDatabase();
  try {
    await migrateDatabase(database.db);
    await createUser(parsed.data, { by: "server" });
    console.log(`created ${parsed.data.role} ${parsed.data.email}`);
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      console.error(`${error.field}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
