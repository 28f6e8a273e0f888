import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

export const MIN_PASSWORD = 12;
// Long enough for any passphrase; bounded so hashing cannot be used to exhaust the server.
export const MAX_PASSWORD = 1024;

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters`);

/** Argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when there is no such account takes as long as a real check.
const NO_ACCOUNT_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Hccj/XN0VTX62/p2QAMVbA$KzqbCKGcFlDRvpKhJB7UU9U6hzm4rcwcbLvvnzNrwwk";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const matches = await verify(passwordHash ?? NO_ACCOUNT_HASH, password);
    return matches && passwordHash !== null;
  } catch {
    return false;
  }
}
