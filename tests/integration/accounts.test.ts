import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { listAudit, listAuditActions } from "@/db/audit";
import { getDb } from "@/db/client";
import { ensurePartnerCities } from "@/db/cities";
import { accountKey, addressKey, attemptSucceeded, browserKey, lockAtLimit, lockedUntil, takeAttempt, type ThrottleKey } from "@/db/sign-in-throttle";
import { knownBrowserValue } from "@/lib/auth/known-browser";
import { changeOwnName, changeOwnPassword, createUser, findOwnName, endSession, findUserForSignIn, getSessionActor, listUsers, renameUser, resetPassword, setUserActive, setUserRole, signOutEverywhere, UserError } from "@/db/users";
import { verifyPassword } from "@/lib/auth/password";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import { newUserSchema } from "@/lib/auth/user-schemas";
import { describeOnEachDatabase } from "../support/databases";
import { PASSWORD, person } from "../support/people";


const snapshot = async () => [...(await getDb().execute(sql`select id, email, name, role, is_active, password_hash, session_version from users order by id`))];

describeOnEachDatabase("accounts and roles", () => {
  it("lets a person change their own password given the current one: a wrong one changes nothing and counts as a failed sign-in; a right one ends every session", async () => {
    const me = await person("me@example.org", "editor");
    const before = await snapshot();
    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(me, { current: "wrong password!", password: "a new long password" })).rejects.toEqual(new UserError("current", "That is not your current password"));
    expect(await snapshot()).toEqual(before);
    // Five wrong ones lock the account, for this form as for signing in: even the right password waits.
    expect(await lockedUntil([accountKey(me.email)])).not.toBeNull();
    await expect(changeOwnPassword(me, { current: PASSWORD, password: "a new long password" })).rejects.toThrow("Too many wrong passwords");
    await getDb().execute(sql`delete from sign_in_throttle`);

    await changeOwnPassword(me, { current: PASSWORD, password: "a new long password" });
    const user = (await findUserForSignIn(me.email))!;
    expect(await verifyPassword(user.passwordHash, "a new long password")).toBe(true);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(false);
    expect(await getSessionActor(me.id, 1)).toBeNull();
    await expect(changeOwnPassword(null, { current: PASSWORD, password: "a new long password" })).rejects.toBeInstanceOf(UserError);
  });

  it("counts a known browser's wrong passwords against that browser: an account locked by others' guesses does not stop its owner there, and an admin's reset opens both", async () => {
    process.env.AUTH_SECRET ??= "the integration tests' secret, 32 characters or more";
    const me = await person("known-browser@example.org", "editor");
    const admin = await person("resetting-admin@example.org", "admin");
    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(me, { current: "a stranger's guess", password: "a new long password" })).rejects.toThrow("That is not your current password");
    expect(await lockedUntil([accountKey(me.email)])).not.toBeNull();
    // A browser known for another account is new to this one: the account's lock applies.
    const elsewhere = knownBrowserValue({ email: admin.email, sessionVersion: 1 });
    await expect(changeOwnPassword(me, { current: PASSWORD, password: "a new long password" }, elsewhere)).rejects.toThrow("Too many wrong passwords");

    const mine = knownBrowserValue({ email: me.email, sessionVersion: 1 });
    const browser = mine.split(".")[0]!;
    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(me, { current: "my own slip", password: "a new long password" }, mine)).rejects.toThrow("That is not your current password");
    // The browser is locked now by its own five, and the account no more than before.
    await expect(changeOwnPassword(me, { current: PASSWORD, password: "a new long password" }, mine)).rejects.toThrow("Too many wrong passwords");
    expect(await lockedUntil([browserKey(me.email, browser)])).not.toBeNull();
    await resetPassword(admin, me.id, "a password from the admin");
    expect(await lockedUntil([accountKey(me.email), browserKey(me.email, browser)])).toBeNull();

    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(me, { current: "a stranger's guess", password: "a new long password" })).rejects.toThrow("That is not your current password");
    // The reset ended the account's sessions (version 2): a browser known before is new again, until it signs in.
    await expect(changeOwnPassword(me, { current: "a password from the admin", password: "a new long password" }, mine)).rejects.toThrow("Too many wrong passwords");
    await changeOwnPassword(me, { current: "a password from the admin", password: "a new long password" }, knownBrowserValue({ email: me.email, sessionVersion: 2 }));
    expect(await verifyPassword((await findUserForSignIn(me.email))!.passwordHash, "a new long password")).toBe(true);
    // Its success forgot that browser's count only: the strangers' lock on the account stays.
    expect(await lockedUntil([accountKey(me.email)])).not.toBeNull();
  });

  it("lets a person change the name they are shown by, and only theirs: logged with the old and new name, sessions kept", async () => {
    const me = await person("named@example.org", "editor");
    const other = await person("other-named@example.org", "editor");
    const admin = await person("audit-reader@example.org", "admin");
    await changeOwnName(me, "Camille Martin");
    expect(await findOwnName(me)).toBe("Camille Martin");
    expect((await listUsers(admin)).map((u) => [u.email, u.name])).toContainEqual(["named@example.org", "Camille Martin"]);
    expect(await findOwnName(other)).toBe("");
    expect(await getSessionActor(me.id, 1)).toEqual(me);
    await changeOwnName(me, "Camille Martin"); // the same name again is no change, and is not logged
    await changeOwnName(me, "");
    expect(await findOwnName(me)).toBe("");
    const { rows } = await listAudit(admin);
    expect(rows.filter((r) => r.action === "user.renamed").map((r) => [r.subject, r.actorEmail, r.details])).toEqual([
      ["named@example.org", "named@example.org", { from: "Camille Martin", to: "" }],
      ["named@example.org", "named@example.org", { from: "", to: "Camille Martin" }],
    ]);
    await expect(changeOwnName(null, "Nobody")).rejects.toBeInstanceOf(UserError);
  });

  it("lets an admin correct the name another person is shown by: logged with both names, their sessions going on", async () => {
    const admin = await person("name-admin@example.org", "admin");
    const editor = await person("misnamed@example.org", "editor");
    await renameUser(admin, editor.id, "Ana Horvat");
    expect(await findOwnName(editor)).toBe("Ana Horvat");
    expect(await getSessionActor(editor.id, 1)).toEqual(editor);
    await renameUser(admin, editor.id, "Ana Horvat");
    await expect(renameUser(admin, 2_000_000, "Nobody")).rejects.toEqual(new UserError("user", "No such account"));
    const { rows } = await listAudit(admin);
    expect(rows.filter((r) => r.action === "user.renamed").map((r) => [r.subject, r.actorEmail, r.details])).toEqual([["misnamed@example.org", "name-admin@example.org", { from: "", to: "Ana Horvat" }]]);
  });

  it("lets only an admin manage people: every mutation by every other role is refused and changes nothing", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const admin = await person("admin@example.org", "admin");
    const target = await person("target@example.org", "editor");
    const others: Array<Actor | null> = [null, await person("editor@example.org", "editor"), await person("city@example.org", "city_editor", ["lund"])];
    const before = await snapshot();
    const mutations = [
      (by: Actor | null) => createUser(newUserSchema.parse({ email: "new@example.org", role: "editor", password: PASSWORD }), { by }),
      (by: Actor | null) => setUserRole(by, target.id, { role: "admin", citySlugs: [] }),
      (by: Actor | null) => setUserActive(by, target.id, false),
      (by: Actor | null) => resetPassword(by, target.id, "another long password"),
      (by: Actor | null) => renameUser(by, target.id, "Another name"),
      (by: Actor | null) => listUsers(by),
      (by: Actor | null) => listAudit(by),
    ];
    for (const by of others) for (const mutate of mutations) await expect(mutate(by)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
    for (const mutate of mutations.slice(0, 2)) await expect(mutate(admin)).resolves.not.toThrow();
  });

  it("ends a person's sessions when their role changes, they are deactivated or sign out everywhere", async () => {
    const admin = await person("admin@example.org", "admin");
    const editor = await person("editor@example.org", "editor");
    await setUserRole(admin, editor.id, { role: "admin", citySlugs: [] });
    expect(await getSessionActor(editor.id, 1)).toBeNull();
    expect(await getSessionActor(editor.id, 2)).toMatchObject({ role: "admin" });
    await setUserActive(admin, editor.id, false);
    expect(await getSessionActor(editor.id, 3)).toBeNull();
    await signOutEverywhere(admin);
    expect(await getSessionActor(admin.id, 1)).toBeNull();
    expect(await getSessionActor(admin.id, 2)).toMatchObject({ email: "admin@example.org" });
  });

  it("refuses a role or state saved unchanged, ending no session and recording nothing", async () => {
    const admin = await person("admin@example.org", "admin");
    const editor = await person("editor@example.org", "editor");
    const before = [await snapshot(), (await listAudit(admin)).rows.length];
    await expect(setUserRole(admin, editor.id, { role: "editor", citySlugs: [] })).rejects.toThrow(/role \(and cities\) this person has already: nothing was changed/);
    await expect(setUserActive(admin, editor.id, true)).rejects.toThrow("This account is active already: nothing was changed");
    expect([await snapshot(), (await listAudit(admin)).rows.length]).toEqual(before);
    expect(await getSessionActor(editor.id, 1)).toMatchObject({ role: "editor" });
  });

  it("ends one session on signing out, for good, and leaves the person's other sessions alone", async () => {
    const editor = await person("editor@example.org", "editor");
    const [phone, laptop] = [crypto.randomUUID(), crypto.randomUUID()];
    await endSession(phone);
    await endSession(phone); // signing out twice (two tabs) is no error
    expect(await getSessionActor(editor.id, 1, phone)).toBeNull();
    expect(await getSessionActor(editor.id, 1, laptop)).toMatchObject({ email: "editor@example.org" });
    // Ended sessions are forgotten once their tokens would have expired anyway (12 hours after signing in).
    await getDb().execute(sql`update ended_sessions set ended_at = now() - interval '13 hours'`);
    await endSession(laptop);
    expect((await getDb().execute(sql`select session_id from ended_sessions`)).map((r) => r.session_id)).toEqual([laptop]);
  });

  it("gives a city editor their cities, and refuses one without any", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const cityEditor = await person("city@example.org", "city_editor", ["lund", "kosice"]);
    expect(cityEditor.cityIds).toHaveLength(2);
    expect(newUserSchema.safeParse({ email: "x@example.org", role: "city_editor", password: PASSWORD }).error?.issues[0]?.message).toBe("Choose at least one city for a city editor");
    await expect(person("y@example.org", "city_editor", ["atlantis"])).rejects.toBeInstanceOf(UserError);
  });

  it("refuses a second account for the same address, however it is typed", async () => {
    await person("Admin@Example.org", "admin");
    await expect(person("admin@example.ORG ", "editor")).rejects.toThrow("An account with this email address exists already");
  });

  it("locks an account after five failures and an address after twenty, in the database", async () => {
    const fail = async (key: ThrottleKey) => {
      expect(await takeAttempt([key])).toBe(true);
      await lockAtLimit([key]);
    };
    const account = { key: accountKey("who@example.org"), limit: 5 };
    for (let i = 0; i < 4; i++) await fail(account);
    expect(await lockedUntil([account.key])).toBeNull();
    await fail(account);
    expect((await lockedUntil([account.key]))!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await takeAttempt([account]), "locked: refused before any password is checked").toBe(false);
    const address = { key: addressKey("192.0.2.1"), limit: 20 };
    for (let i = 0; i < 19; i++) await fail(address);
    expect(await lockedUntil([address.key])).toBeNull();
    await fail(address);
    expect(await lockedUntil([address.key, "account:other@example.org"])).not.toBeNull();
  });

  it("opens an account locked by wrong passwords when an admin resets its password", async () => {
    const [admin, locked] = [await person("admin@example.org", "admin"), await person("locked@example.org", "editor")];
    const account = { key: accountKey(locked.email), limit: 5 };
    for (let i = 0; i < 5; i++) {
      await takeAttempt([account]);
      await lockAtLimit([account]);
    }
    expect(await lockedUntil([account.key])).not.toBeNull();
    await resetPassword(admin, locked.id, "a new long enough password");
    expect(await lockedUntil([account.key])).toBeNull();
    expect(await takeAttempt([account])).toBe(true);
  });

  it("lets only five of fifty attempts sent at once at one account try a password", async () => {
    const account = { key: accountKey("guessed@example.org"), limit: 5 };
    const address = { key: addressKey("192.0.2.9"), limit: 100 };
    const taken = await Promise.all(Array.from({ length: 50 }, () => takeAttempt([account, address])));
    expect(taken.filter(Boolean)).toHaveLength(5);
    // The refused ones were not counted against the address.
    const [row] = await getDb().execute<{ failures: number }>(sql`select failures from sign_in_throttle where key = ${address.key}`);
    expect(row!.failures).toBe(5);
  });

  it("gives a successful sign-in's attempt back to its address: an office signing in all day is never locked out", async () => {
    const address = { key: addressKey("192.0.2.10"), limit: 20 };
    for (let i = 0; i < 30; i++) {
      const account = { key: accountKey(`colleague${i}@example.org`), limit: 5 };
      expect(await takeAttempt([account, address])).toBe(true);
      await attemptSucceeded(account.key, [address.key]);
    }
    expect(await lockedUntil([address.key])).toBeNull();
  });

  it("writes people and role changes to the audit log", async () => {
    const admin = await person("admin@example.org", "admin");
    const editor = await person("editor@example.org", "editor");
    await setUserActive({ ...admin, address: "192.0.2.7" }, editor.id, false);
    const { rows } = await listAudit(admin);
    expect(rows.map((r) => [r.action, r.subject, r.actorEmail])).toEqual([
      ["user.deactivated", "editor@example.org", "admin@example.org"],
      ["user.created", "editor@example.org", "server"],
      ["user.created", "admin@example.org", "server"],
    ]);
    expect(rows[0]!.ip).toBe("192.0.2.7");
  });

  it("narrows the audit log by who, by an action or every action of a kind, and by subject; counting what matches", async () => {
    const admin = await person("admin@example.org", "admin");
    const editor = await person("editor@example.org", "editor");
    await setUserActive(admin, editor.id, false);
    await setUserRole(admin, editor.id, { role: "admin", citySlugs: [] });
    const shown = async (filters: Parameters<typeof listAudit>[1]) => {
      const { rows, total } = await listAudit(admin, filters);
      return { total, rows: rows.map((r) => `${r.action} ${r.subject}`) };
    };
    expect(await shown({ who: "admin@example.org" })).toEqual({ total: 2, rows: ["user.role_changed editor@example.org", "user.deactivated editor@example.org"] });
    expect(await shown({ action: "user.deactivated" })).toEqual({ total: 1, rows: ["user.deactivated editor@example.org"] });
    expect((await shown({ action: "user." })).total).toBe(4);
    // "_" in a kind is a letter, not LIKE's one-character wildcard.
    expect((await shown({ action: "use_." })).total).toBe(0);
    expect(await shown({ subject: "admin@example.org" })).toEqual({ total: 1, rows: ["user.created admin@example.org"] });
    expect(await shown({ who: "server", subject: "editor@example.org" })).toEqual({ total: 1, rows: ["user.created editor@example.org"] });
    expect(await listAuditActions(admin)).toEqual(["user.created", "user.deactivated", "user.role_changed"]);
    const [roleChange] = (await listAudit(admin, { action: "user.role_changed" })).rows;
    expect(roleChange!.details).toEqual({ role: "admin", cities: [], previousRole: "editor", previousCities: [] });
    await expect(listAuditActions(editor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
