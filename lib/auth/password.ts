import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

export const MIN_PASSWORD = 12;
// Long enough for any passphrase; bounded so hashing cannot be used to exhaust the server.
export const MAX_PASSWORD = 1024;

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters`);

/**
 * Argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum), of the password in Unicode's
 * composed form (NFC): "ё" typed as one character or as е and a diaeresis is one password, as it looks.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"));
}

// Verifying against this when there is no such account takes as long as a real check.
const NO_ACCOUNT_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Hccj/XN0VTX62/p2QAMVbA$KzqbCKGcFlDRvpKhJB7UU9U6hzm4rcwcbLvvnzNrwwk";

/** Whether the password is the one hashed, composed or as typed (a hash made before passwords were composed, of decomposed text). */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const composed = password.normalize("NFC");
  const tries = composed === password ? [password] : [composed, password];
  try {
    for (const tried of tries) if (await verify(passwordHash ?? NO_ACCOUNT_HASH, tried)) return passwordHash !== null;
    return false;
  } catch {
    return false;
  }
}
