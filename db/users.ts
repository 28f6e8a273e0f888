import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { and, eq, inArray, not, sql } from "drizzle-orm";
import { ABSOLUTE_SECONDS } from "@/auth.config";
import { knownBrowserOf } from "@/lib/auth/known-browser";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertCan, type Actor, type Role } from "@/lib/auth/roles";
import type { NewUser, PasswordChange, UserRoleChange } from "@/lib/auth/user-schemas";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { cities, endedSessions, userCities, users } from "./schema";
import { attemptSucceeded, forgetAccountFailures, guesserKey, lockAtLimit, takeAttempt } from "./sign-in-throttle";
import type { Transaction } from "./transaction";

export class UserError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** The account a sign-in names, with what checking the password needs. */
export async function findUserForSignIn(email: string) {
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, isActive: users.isActive, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email));
  return user ?? null;
}

/**
 * Who a session belongs to, now: null when the account is gone, deactivated or its sessions were ended,
 * or when this session (by the id its token carries) was signed out.
 */
export async function getSessionActor(userId: number, sessionVersion: number, sessionId?: string): Promise<Actor | null> {
  const isEnded = sessionId ? sql`exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${sessionId})` : sql`false`;
  const rows = await getDb()
    .select({ id: users.id, email: users.email, role: users.role, isActive: users.isActive, sessionVersion: users.sessionVersion, cityId: userCities.cityId })
    .from(users)
    .leftJoin(userCities, eq(userCities.userId, users.id))
    .where(and(eq(users.id, userId), not(isEnded)));
  const user = rows[0];
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, role: user.role, cityIds: rows.flatMap((r) => (r.cityId ? [r.cityId] : [])) };
}

async function cityIdsOf(tx: Transaction, slugs: string[]): Promise<number[]> {
  if (!slugs.length) return [];
  const rows = await tx.select({ id: cities.id, slug: cities.slug }).from(cities).where(inArray(cities.slug, slugs));
  const unknown = slugs.filter((s) => !rows.some((r) => r.slug === s));
  if (unknown.length) throw new UserError("citySlugs", `No city is called ${unknown.join(", ")}`);
  return rows.map((r) => r.id);
}

/** Creates an account. `by` null only for the command line and the demo, which run on the server itself. */
const EMAIL_TAKEN = "An account with this email address exists already";

async function isEmailTaken(db: Pick<Transaction, "select">, email: string): Promise<boolean> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return !!existing;
}

/** Why a new account could not have this email address, if it could not: for a form refused for other reasons too, so it says everything at once. */
export async function emailProblem(by: Actor | null, email: string): Promise<string | undefined> {
  assertCan(by, "users:manage");
  return (await isEmailTaken(getDb(), email)) ? EMAIL_TAKEN : undefined;
}

export async function createUser(input: NewUser, { by }: { by: Actor | null | "server" }): Promise<number> {
  if (by !== "server") assertCan(by, "users:manage");
  const passwordHash = await hashPassword(input.password);
  return getDb().transaction(async (tx) => {
    if (await isEmailTaken(tx, input.email)) throw new UserError("email", EMAIL_TAKEN);
    const [user] = await tx.insert(users).values({ email: input.email, name: input.name, role: input.role, passwordHash }).returning({ id: users.id });
    const cityIds = input.role === "city_editor" ? await cityIdsOf(tx, input.citySlugs) : [];
    if (cityIds.length) await tx.insert(userCities).values(cityIds.map((cityId) => ({ userId: user!.id, cityId })));
    await recordAudit(tx, { by: by === "server" ? { id: null, email: "server" } : by, action: "user.created", subject: input.email, details: { role: input.role, cities: input.citySlugs } });
    return user!.id;
  });
}

export async function listUsers(by: Actor | null) {
  assertCan(by, "users:manage");
  const rows = await getDb().execute<{ id: number; email: string; name: string; role: Role; is_active: boolean; cities: string[]; created_at: string }>(sql`
    select u.id, u.email, u.name, u.role, u.is_active, u.created_at,
      coalesce(array_agg(c.slug order by c.slug) filter (where c.slug is not null), '{}') as cities
    from users u left join user_cities uc on uc.user_id = u.id left join cities c on c.id = uc.city_id
    group by u.id order by u.email`);
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, isActive: r.is_active, cities: r.cities }));
}

async function changeUser(by: Actor | null | "server", userId: number, action: AuditAction, change: (tx: Transaction, email: string) => Promise<Record<string, unknown>>) {
  if (by !== "server") assertCan(by, "users:manage");
  await getDb().transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new UserError("user", "No such account");
    const details = await change(tx, user.email);
    // Every change to an account ends its sessions: it takes effect on that user's next request.
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, { by: by === "server" ? { id: null, email: "server" } : by, action, subject: user.email, details });
  });
}

export function setUserRole(by: Actor | null, userId: number, input: UserRoleChange) {
  return changeUser(by, userId, "user.role_changed", async (tx) => {
    if (by!.id === userId && input.role !== "admin") throw new UserError("role", "You cannot take the admin role from yourself");
    const before = await roleOf(tx, userId);
    const cities = input.role === "city_editor" ? [...new Set(input.citySlugs)].sort() : [];
    // Saved unchanged, a role would still end every session of that person: refused, nothing done.
    if (before.role === input.role && [...before.cities].sort().join() === cities.join()) {
      throw new UserError("role", "That is the role (and cities) this person has already: nothing was changed, and no session ended");
    }
    await tx.update(users).set({ role: input.role }).where(eq(users.id, userId));
    await tx.delete(userCities).where(eq(userCities.userId, userId));
    const cityIds = input.role === "city_editor" ? await cityIdsOf(tx, input.citySlugs) : [];
    if (cityIds.length) await tx.insert(userCities).values(cityIds.map((cityId) => ({ userId, cityId })));
    return { role: input.role, cities: input.role === "city_editor" ? input.citySlugs : [], previousRole: before.role, previousCities: before.cities };
  });
}

/** A person's role and cities as they are, for the audit log to say what a change changed. */
async function roleOf(tx: Transaction, userId: number): Promise<{ role: Role; cities: string[] }> {
  const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
  const cityRows = await tx.select({ slug: cities.slug }).from(userCities).innerJoin(cities, eq(cities.id, userCities.cityId))
    .where(eq(userCities.userId, userId)).orderBy(cities.slug);
  return { role: user!.role, cities: cityRows.map((c) => c.slug) };
}

export function setUserActive(by: Actor | null, userId: number, isActive: boolean) {
  return changeUser(by, userId, isActive ? "user.reactivated" : "user.deactivated", async (tx) => {
    if (by!.id === userId && !isActive) throw new UserError("user", "You cannot deactivate your own account");
    const [user] = await tx.select({ isActive: users.isActive }).from(users).where(eq(users.id, userId));
    if (user!.isActive === isActive) throw new UserError("user", `This account is ${isActive ? "active" : "deactivated"} already: nothing was changed`);
    await tx.update(users).set({ isActive }).where(eq(users.id, userId));
    return {};
  });
}

/** `by` "server": the embedded demo's start, giving its accounts the password in DEMO_PASSWORD. */
export async function resetPassword(by: Actor | null | "server", userId: number, password: string) {
  if (by !== "server") assertCan(by, "users:manage");
  const passwordHash = await hashPassword(password);
  return changeUser(by, userId, "user.password_reset", async (tx, email) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    // The new password is given to be used: an account locked by wrong ones is open again, in every browser.
    await forgetAccountFailures(tx, email);
    return {};
  });
}

/**
 * A person's own new password, given their current one: every session ends, this one too (sign in again with
 * the new one). Wrong current passwords count as failed sign-ins from the same browser do (against the browser
 * when it is known for the account, else against the account), so this form cannot be used to guess it.
 */
export async function changeOwnPassword(by: Actor | null, change: Pick<PasswordChange, "current" | "password">, browserCookie?: string): Promise<void> {
  if (!by) throw new UserError("user", "Not signed in");
  const [user] = await getDb().select({ passwordHash: users.passwordHash, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, by.id));
  const browser = user ? knownBrowserOf(browserCookie, { email: by.email, sessionVersion: user.sessionVersion }) : null;
  const account = [guesserKey(by.email, browser)];
  if (!(await takeAttempt(account))) throw new UserError("current", "Too many wrong passwords: wait 15 minutes and try again");
  if (!(await verifyPassword(user?.passwordHash ?? null, change.current))) {
    await lockAtLimit(account);
    await recordAudit(getDb(), { by, action: "user.password_change_refused", subject: by.email });
    throw new UserError("current", "That is not your current password");
  }
  const passwordHash = await hashPassword(change.password);
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, by.id));
    await recordAudit(tx, { by, action: "user.password_changed", subject: by.email });
  });
  await attemptSucceeded(account[0]!.key, []);
}

/** Ends one session for good (its token may still come back, from a request that was in flight); forgets ended sessions old enough to have expired anyway. */
export async function endSession(sessionId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.insert(endedSessions).values({ sessionId }).onConflictDoNothing();
    await tx.delete(endedSessions).where(sql`${endedSessions.endedAt} < now() - make_interval(secs => ${ABSOLUTE_SECONDS})`);
  });
}

/** Ends every session of the person asking, on every device. */
export async function signOutEverywhere(by: Actor | null): Promise<void> {
  if (!by) throw new UserError("user", "Not signed in");
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(and(eq(users.id, by.id)));
    await recordAudit(tx, { by, action: "user.signed_out_everywhere", subject: by.email });
  });
}

/** The name the person asking is shown by ("" when they gave none). */
export async function findOwnName(by: Actor): Promise<string> {
  const [user] = await getDb().select({ name: users.name }).from(users).where(eq(users.id, by.id));
  return user?.name ?? "";
}

/** The person asking changes the name they are shown by; their sessions go on (a name gives no rights). */
export async function changeOwnName(by: Actor | null, name: string): Promise<void> {
  if (!by) throw new UserError("user", "Not signed in");
  await rename(by, by.id, name);
}

/** An admin corrects the name another person (or they) is shown by; as with changeOwnName, sessions go on. */
export async function renameUser(by: Actor | null, userId: number, name: string): Promise<void> {
  assertCan(by, "users:manage");
  await rename(by!, userId, name);
}

async function rename(by: Actor, userId: number, name: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [before] = await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId)).for("update");
    if (!before) throw new UserError("user", "No such account");
    if (before.name === name) return;
    await tx.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, { by, action: "user.renamed", subject: before.email, details: { from: before.name, to: name } });
  });
}

export async function countUsers(): Promise<number> {
  return getDb().$count(users);
}
