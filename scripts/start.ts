import { spawn } from "node:child_process";
import { connectDatabase, useDatabase } from "@/db/client";
import { startEmbedded, type EmbeddedDatabase } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
import { countUsers, createUser, findUserForSignIn, resetPassword } from "@/db/users";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, demoPassword, embeddedAuthSecret } from "@/lib/demo-accounts";
import { localUrl, readStartEnv, readTrustProxy } from "@/lib/env";
import { reasonOf } from "./failure";

/**
 * Starts the app: opens the database (DATABASE_URL, or the embedded PGlite owned by this process),
 * applies the migrations, seeds an empty database, then runs Next.js (`next start`, or `next dev`
 * with --dev) pointed at it.
 */
async function main(): Promise<void> {
  const env = readStartEnv();
  readTrustProxy(); // a bad TRUST_PROXY fails here, before anything starts
  // So does a missing AUTH_SECRET: before the database is migrated or seeded.
  const givenSecret = env.DATABASE_URL ? requiredAuthSecret() : undefined;
  const isDev = process.argv.includes("--dev");
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbedded({ dataDir: env.PGLITE_DATA_DIR });
    url = embedded.url;
    console.log(`embedded database: ${env.PGLITE_DATA_DIR} (PGlite), served on ${url}`);
  }
  const handle = connectDatabase(url, { embedded: !!embedded });
  useDatabase(handle);
  await migrateDatabase(handle.db, { log: console.log }).catch((error: unknown) => {
    throw embedded || !isConnectionError(error) ? error : new Error(`the database at DATABASE_URL (${hostOf(url)}) does not answer: ${reasonOf(error)}`);
  });
  // The embedded demo also gets the sample cases; a real database only on request (npm run db:seed -- --samples).
  const imported = await seedDatabase({ samples: !!embedded });
  if (imported.length) console.log(`first start: imported and published ${imported.join(", ")}`);
  const authSecret = givenSecret ?? (await embeddedAuthSecret(env.PGLITE_DATA_DIR));
  if (embedded) await ensureDemoAccounts();
  await handle.close();
  const publicUrl = env.PUBLIC_URL ?? localUrl(env.PORT);
  if (!env.PUBLIC_URL) console.log(`PUBLIC_URL is not set: permalinks, citations, the feed and the API's links name ${publicUrl}${embedded ? "" : " (set it to the site's public address)"}`);

  // scripts/serve.mjs is `next start` (or `next dev`) plus the socket's address for request-address.ts.
  const next = spawn(process.execPath, ["scripts/serve.mjs", ...(isDev ? ["--dev"] : [])], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: isDev ? "development" : "production",
      PORT: String(env.PORT),
      PUBLIC_URL: publicUrl,
      DATABASE_URL: url,
      EKIP_EMBEDDED_DATABASE: embedded ? "1" : "0",
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    },
  });
  const stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => void stop(code ?? 0));
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "CONNECT_TIMEOUT", "EHOSTUNREACH"].includes(code ?? "");
}

/** The host and port of a database address, without its password. */
function hostOf(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 5432}`;
}

function requiredAuthSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("AUTH_SECRET must be set (32 characters or more) when DATABASE_URL is: generate one with `openssl rand -base64 32`");
  return secret;
}

/**
 * The embedded demo's two accounts (never on a DATABASE_URL database), created at the first start. A later start
 * says how to sign in again: with the password printed then, or the one in DEMO_PASSWORD, which it gives them.
 */
async function ensureDemoAccounts(): Promise<void> {
  const { password, generated } = demoPassword();
  const emails = DEMO_ACCOUNTS.map((a) => a.email).join(" and ");
  if ((await countUsers()) === 0) {
    for (const account of DEMO_ACCOUNTS) await createUser({ ...account, citySlugs: [], password }, { by: "server" });
    console.log(`demo accounts: ${emails}, password ${generated ? `${password} (generated; set DEMO_PASSWORD to choose one)` : "the one in DEMO_PASSWORD"}`);
    return;
  }
  if (generated) return void console.log(`demo accounts: ${emails}, with the password printed at the first start (set DEMO_PASSWORD to give them another)`);
  const reset = await giveDemoPassword(password);
  console.log(`demo accounts: ${emails}, password the one in DEMO_PASSWORD${reset.length ? ` (given now to ${reset.join(" and ")})` : ""}`);
}

/** The demo accounts whose password is not DEMO_PASSWORD get it (their sessions end); the others are left signed in. */
async function giveDemoPassword(password: string): Promise<string[]> {
  const reset: string[] = [];
  for (const { email } of DEMO_ACCOUNTS) {
    const user = await findUserForSignIn(email);
    if (!user || (await verifyPassword(user.passwordHash, password))) continue;
    await resetPassword("server", user.id, password);
    reset.push(email);
  }
  return reset;
}

main().catch((error: Error) => {
  console.error(`could not start: ${reasonOf(error)}`);
  process.exit(1);
});
