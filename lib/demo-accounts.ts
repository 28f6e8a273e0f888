import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The embedded demo keeps its Auth.js secret beside its data, so sessions survive a restart. */
export async function embeddedAuthSecret(dataDir: string): Promise<string> {
  const file = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.auth-secret`);
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

export const DEMO_ACCOUNTS = [
  { email: "admin@example.org", name: "Demo admin", role: "admin" },
  { email: "editor@example.org", name: "Demo editor", role: "editor" },
] as const;

export function demoPassword(): { password: string; generated: boolean } {
  const fromEnv = process.env.DEMO_PASSWORD;
  if (fromEnv) return { password: fromEnv, generated: false };
  return { password: randomBytes(12).toString("base64url"), generated: true };
}
