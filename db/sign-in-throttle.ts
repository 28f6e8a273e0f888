import "server-only";
import { inArray, sql } from "drizzle-orm";
import { getDb, type Database } from "./client";
import { signInThrottle } from "./schema";
import type { Transaction } from "./transaction";

/** After this many failures in the window, a key (an account or an address) must wait. */
export const THROTTLE = {
  account: { failures: 5 },
  address: { failures: 20 },
  windowMinutes: 15,
  lockMinutes: 15,
} as const;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `address:${ip}`;
/** A browser its person signed in with before (lib/auth/known-browser.ts): its failures are its own, at the account's limit. */
export const browserKey = (email: string, browser: string) => `browser:${email}:${browser}`;

/** Whose guesses these are: a known browser's own, or the account's when the browser is not known for it. */
export const guesserKey = (email: string, knownBrowser: string | null): ThrottleKey => ({
  key: knownBrowser ? browserKey(email, knownBrowser) : accountKey(email),
  limit: THROTTLE.account.failures,
});

/** When the earliest of these keys may try again; null when none is locked. */
export async function lockedUntil(keys: string[]): Promise<Date | null> {
  const rows = await getDb()
    .select({ lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(sql`${inArray(signInThrottle.key, keys)} and ${signInThrottle.lockedUntil} > now()`);
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

export type ThrottleKey = { key: string; limit: number };

const windowStarted = sql`t.first_failure_at < now() - make_interval(mins => ${THROTTLE.windowMinutes})`;

/**
 * Counts an attempt against each key before its password is checked (checked first and counted after, attempts
 * sent at once all passed the check before the first of them failed): true when every key may try. A refused
 * attempt is not counted. A key's count is of attempts in its window; a success gives its attempt back.
 */
export async function takeAttempt(keys: ThrottleKey[]): Promise<boolean> {
  const counted: string[] = [];
  for (const { key, limit } of keys) {
    const [row] = await getDb().execute<{ failures: number; locked: boolean }>(sql`
      insert into sign_in_throttle as t (key, failures, first_failure_at) values (${key}, 1, now())
      on conflict (key) do update set
        failures = case when t.locked_until > now() then t.failures when ${windowStarted} then 1 else t.failures + 1 end,
        first_failure_at = case when t.locked_until > now() then t.first_failure_at when ${windowStarted} then now() else t.first_failure_at end
      returning failures, coalesce(locked_until > now(), false) as locked`);
    if (!row!.locked) counted.push(key);
    if (row!.locked || row!.failures > limit) {
      await giveBack(counted);
      return false;
    }
  }
  return true;
}

async function giveBack(keys: string[]): Promise<void> {
  if (keys.length) await getDb().execute(sql`update sign_in_throttle set failures = greatest(failures - 1, 0) where ${inArray(signInThrottle.key, keys)}`);
}

/** An attempt taken failed: a key at its limit is locked. */
export async function lockAtLimit(keys: ThrottleKey[]): Promise<void> {
  for (const { key, limit } of keys) {
    await getDb().execute(sql`
      update sign_in_throttle set locked_until = now() + make_interval(mins => ${THROTTLE.lockMinutes}), failures = 0, first_failure_at = now()
      where key = ${key} and failures >= ${limit}`);
  }
}

/** An attempt taken succeeded: the account's failures are forgotten, and the attempt is given back to the others (an office's address). */
export async function attemptSucceeded(account: string, others: string[]): Promise<void> {
  await forgetFailures(getDb(), account);
  await giveBack(others);
}

/** A key's count and lock forgotten: a success. */
export async function forgetFailures(db: Transaction | Database, key: string): Promise<void> {
  await db.delete(signInThrottle).where(inArray(signInThrottle.key, [key]));
}

/** Every count and lock of an account, its browsers' too: an admin's password reset (in its transaction). */
export async function forgetAccountFailures(db: Transaction | Database, email: string): Promise<void> {
  await db.delete(signInThrottle).where(sql`${signInThrottle.key} = ${accountKey(email)} or starts_with(${signInThrottle.key}, ${browserKey(email, "")})`);
}
