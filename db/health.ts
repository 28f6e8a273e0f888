import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "./client";

export type DatabaseHealth = "ok" | "unreachable" | "timeout";

/** One trivial round trip to the database, given up after `timeoutMs`. Never throws. */
export async function checkDatabase({ timeoutMs = 2000 } = {}): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  const query = getDb().execute(sql`select 1`).then(() => "ok" as const, () => "unreachable" as const);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const RECHECK_MS = 1000;
type Known = { health: DatabaseHealth; at: number; pending?: Promise<DatabaseHealth> };
// On globalThis: the proxy and the routes are bundled apart but run in one process, and share what they learn
// (so does scripts/serve.mjs, which marks it unreachable when its own read fails).
const known = ((globalThis as { __ekipDatabaseHealth?: Known }).__ekipDatabaseHealth ??= { health: "ok", at: 0 });

/**
 * Whether the database answered lately: checked at most once a second per instance (one concurrent
 * check shared by every request), so a request costs no extra round trip while it is up.
 */
export async function isDatabaseAvailable(): Promise<boolean> {
  if (Date.now() - known.at < RECHECK_MS) return known.health === "ok";
  known.pending ??= checkDatabase({ timeoutMs: 1500 }).then((health) => {
    logChange(known.health, health);
    Object.assign(known, { health, at: Date.now(), pending: undefined });
    return health;
  });
  return (await known.pending) === "ok";
}

/** The instance's log says when it lost the database and when it had it back: an operator has more than the load balancer's word. */
function logChange(before: DatabaseHealth, now: DatabaseHealth): void {
  if ((before === "ok") === (now === "ok")) return;
  if (now === "ok") console.warn(`${new Date().toISOString()} database: answering again; pages and the API are served`);
  else console.warn(`${new Date().toISOString()} database: ${now === "timeout" ? "not answering in time" : "unreachable"}; pages and the API answer 503 until it is back`);
}

/** After a server error: whether the database answers now, so that the proxy's next answers say so at once. */
export function recheckDatabase(): Promise<boolean> {
  known.at = 0;
  return isDatabaseAvailable();
}
