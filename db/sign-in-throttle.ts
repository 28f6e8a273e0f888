import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb } from "./client";
import { signInThrottle } from "./schema";

/** After this many failures in the window, a key (an account or an address) must wait. */
export const THROTTLE = {
  account: { failures: 5 },
  address: { failures: 20 },
  windowMinutes: 15,
  lockMinutes: 15,
} as const;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `address:${ip}`;

/** When the earliest of these keys may try again; null when none is locked. */
export async function lockedUntil(keys: string[]): Promise<Date | null> {
  const rows = await getDb()
    .select({ lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(sql`${inArray(signInThrottle.key, keys)} and ${signInThrottle.lockedUntil} > now()`);
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts a failed attempt against each key; a key over its limit is locked. One statement per key, safe across instances. */
export async function recordFailure(keys: Array<{ key: string; limit: number }>): Promise<void> {
  const { windowMinutes, lockMinutes } = THROTTLE;
  for (const { key, limit } of keys) {
    await getDb().execute(sql`
      insert into sign_in_throttle as t (key, failures, first_failure_at) values (${key}, 1, now())
      on conflict (key) do update set
        failures = case when t.first_failure_at < now() - make_interval(mins => ${windowMinutes}) then 1 else t.failures + 1 end,
        first_failure_at = case when t.first_failure_at < now() - make_interval(mins => ${windowMinutes}) then now() else t.first_failure_at end`);
    await getDb().execute(sql`
      update sign_in_throttle set locked_until = now() + make_interval(mins => ${lockMinutes}), failures = 0, first_failure_at = now()
      where key = ${key} and failures >= ${limit}`);
  }
}

export async function clearFailures(key: string): Promise<void> {
  await getDb().delete(signInThrottle).where(inArray(signInThrottle.key, [key]));
}
