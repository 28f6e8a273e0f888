import { z } from "zod";

export const publicUrlSchema = z.url("PUBLIC_URL must be the site's public address, such as https://kb.ekip.eu");

/** The site's address when PUBLIC_URL is not set: this machine, on the port served. */
export const localUrl = (port: string | number = 3000) => `http://localhost:${port}`;

const databaseEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app with `npm start`, which opens the embedded database when no DATABASE_URL is given" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
  EKIP_EMBEDDED_DATABASE: z.enum(["0", "1"]).default("0"),
});

/** Reads the database settings once, failing with a readable message. */
export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env) {
  const parsed = databaseEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("\n"));
  }
  return { url: parsed.data.DATABASE_URL, embedded: parsed.data.EKIP_EMBEDDED_DATABASE === "1" };
}

const startEnvSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL").optional(),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: publicUrlSchema.optional(),
  // Read by scripts/serve.mjs (plain Node): checked here so that a mistyped value stops the start.
  PAGE_CACHE: z.enum(["on", "off"], { error: "PAGE_CACHE must be on (the default) or off" }).default("on"),
});

export type StartEnv = z.infer<typeof startEnvSchema>;

/** Settings of the start script and the command-line tools. */
export function readStartEnv(env: NodeJS.ProcessEnv = process.env): StartEnv {
  const parsed = startEnvSchema.safeParse({ ...env, DATABASE_URL: env.DATABASE_URL || undefined, PAGE_CACHE: env.PAGE_CACHE || undefined, PUBLIC_URL: env.PUBLIC_URL || undefined });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("\n"));
  }
  return parsed.data;
}

const requestEnvSchema = z.object({
  TRUST_PROXY: z
    .string()
    .regex(/^\d{1,2}$/, "TRUST_PROXY must be the number of proxies in front of the app (1 for one load balancer), or 0 / unset for none")
    .transform(Number)
    .optional(),
});

/**
 * How many proxies in front of the app append to X-Forwarded-For. 0 (unset): none, so the header is
 * whatever the client wrote and is ignored; the socket's address is used.
 */
export function readTrustProxy(env: Record<string, string | undefined> = process.env): number {
  const parsed = requestEnvSchema.safeParse({ TRUST_PROXY: env.TRUST_PROXY || undefined });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("\n"));
  return parsed.data.TRUST_PROXY ?? 0;
}
