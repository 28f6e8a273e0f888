import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { personNameSchema } from "@/lib/auth/user-schemas";
import { caseDocumentSchema, slugSchema } from "@/lib/case/schema";
import { capture, contextOf } from "../replay";
import { e2eDatabase, signIn, waitForHydration } from "../session";
import { createEmptyDraft } from "./new-case";
import { actionIds, actionPages } from "../server-actions";
import { hostileText } from "../../support/hostile";

/**
 * Every server action, sent by a signed-in admin with random and hostile form bodies: texts of every kind,
 * huge values, missing, extra and repeated fields, the editor's path-named fields and list intents. Never a
 * 500; afterwards everything stored still passes the case schema, and the catalog and accounts are sane.
 * Other editing tests run at the same time: this one edits only a case of its own (Lund, Artificial
 * Intelligence), and cities, areas, organisations and accounts it names "fuzz"; ids and slugs it sends are
 * its own or ones that cannot exist.
 */

const RUNS = 25;
const ADMIN = { email: "fuzz-admin@example.org", password: "fuzz admin password 2026" };

type Entry = [string, string];

/** A body as React sends a form action's arguments: each form field under the form's prefix, the argument list in `0`. */
function multipart(entries: Entry[]): { body: Buffer; type: string } {
  const boundary = `----fuzz${Math.random().toString(16).slice(2)}`;
  // A NUL in a field's *name* is refused by Next's request parsing itself with a 500 (before any action runs): names stay printable.
  const parts = entries.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n\0]/g, "_")}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

/** The arguments of a captured request (`0`, holding any bound arguments and the previous state), to send with other fields. */
function rootOf(body: Buffer, type: string): { root: string; prefix: string } {
  const boundary = /boundary=(.+)$/.exec(type)![1]!;
  const parts = body.toString("utf8").split(`--${boundary}`);
  const field = (p: string) => /name="([^"]*)"\r\n\r\n([\s\S]*)\r\n$/.exec(p);
  const root = parts.map(field).find((m) => m?.[1] === "0")![2]!;
  const prefix = /^(_?\d+_)/.exec(parts.map(field).find((m) => m && m[1] !== "0")![1]!)![1]!;
  return { root, prefix };
}

/** The form fields of a captured request, without their prefix. */
function fieldsOf(body: Buffer, type: string, prefix: string): Entry[] {
  const boundary = /boundary=(.+)$/.exec(type)![1]!;
  return body.toString("utf8").split(`--${boundary}`).flatMap((p) => {
    const m = /name="([^"]*)"\r\n\r\n([\s\S]*)\r\n$/.exec(p);
    return m && m[1]!.startsWith(prefix) ? [[m[1]!.slice(prefix.length), m[2]!] as Entry] : [];
  });
}

type Send = { id: string; path: string; root?: string; prefix?: string; fields: Entry[]; forwardedFor?: string };

async function send(request: APIRequestContext, baseURL: string, { id, path, root = '[{},"$K1"]', prefix = "_1_", fields, forwardedFor }: Send) {
  const { body, type } = multipart([...fields.map(([k, v]) => [`${prefix}${k}`, v] as Entry), ["0", root]]);
  const response = await request.post(path, {
    headers: { "next-action": id, accept: "text/x-component", "content-type": type, origin: baseURL, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    data: body, maxRedirects: 0,
  });
  const text = await response.text();
  expect(response.status(), `${path} ${JSON.stringify(fields).slice(0, 600)}\n${text.slice(0, 400)}`).toBeLessThan(500);
  return { status: response.status(), text };
}

const text = hostileText(80);
const numberText = fc.oneof(fc.integer({ min: -3, max: 40 }).map(String), fc.constantFrom("2147483647", "2147483648", "99999999999999999999", "1e3", "1.5", "NaN", "", "0x10", " 7 ", "-0"));
// Next's own multipart parser answers a part header past its size limit (a field *name* of thousands of
// characters, which no form of ours has) with a 500 before any action runs: names stay form-sized.
// Names of an object's own properties too: a form's fields were once gathered into a plain object.
const fieldName = fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom("toString", "__proto__", "constructor", "valueOf"));
const someOf = <T>(arb: fc.Arbitrary<T>, max = 4) => fc.array(arb, { maxLength: max });

/** The editor's list paths, with indexes in and out of range, and names no form has. */
const editorPath = fc.oneof(
  fc.tuple(fc.constantFrom("participants", "portfolio.stakeholders", "inventory", "methods", "extraSections", "summary.conclusions", "findings.recommendations", "portfolio.challenges", "portfolio.opportunities.0.items"), fc.constantFrom("0", "1", "7", "99999", "-1", "1e3", "__proto__"), fc.constantFrom("name", "actor", "actorFor", "title", "number", "body", "heading", "after", "category", "facets", "isResource", "actor.name", "actor.slug", "areaOfExpertise", "items.0", "", "__proto__"))
    .map(([list, index, field]) => (field ? `${list}.${index}.${field}` : `${list}.${index}`)),
  fc.constantFrom("__proto__", "constructor.prototype", "city.name", "city.population", "status", "version", "format", "sample", "newCity.name", "newCity.countryCode", "newPolicyArea.name"),
);
const intent = fc.oneof(
  fc.constantFrom("add:__proto__", "add:constructor", "remove:participants.99999", "up:inventory.-1", "down:methods.0", "up:participants.0", "add:participants", "add:portfolio.challenges.0.items", "add:portfolio.challenges.99.items", "remove:portfolio.opportunities.0.items.0", "add:summary.conclusions", "add:inventory", "import", "scratch", ""),
  fc.tuple(fc.constantFrom("add", "remove", "up", "down", "x"), text).map(([op, t]) => `${op}:${t}`),
);

/** A form mutated: fields replaced by hostile values, dropped, repeated, and fields added. */
const mutated = (fields: Entry[], keep: string[] = []) =>
  fc.record({
    replace: someOf(fc.tuple(fc.nat(), fc.oneof(text, numberText)), 6),
    drop: someOf(fc.nat(), 3),
    add: someOf(fc.tuple(editorPath, fc.oneof(text, numberText, fc.constantFrom("on", "adaptive", "mission", "company", "end", "start")))),
    intent: fc.option(intent, { nil: undefined }),
  }).map(({ replace, drop, add, intent: i }) => {
    const out = fields.map(([k, v]) => [k, v] as Entry);
    for (const [n, value] of replace) if (out.length && !keep.includes(out[n % out.length]![0])) out[n % out.length]![1] = value;
    for (const n of drop) if (out.length && !keep.includes(out[n % out.length]![0])) out.splice(n % out.length, 1);
    return [...out, ...add, ...(i === undefined ? [] : [["intent", i] as Entry])];
  });

/** A document of the case this test edits (Lund, Artificial Intelligence): a sample's, moved to Lund. */
function lundDocument(): string {
  const sample = readFileSync(path.join("content", "samples", "ballyvara-artificial-intelligence.md"), "utf8");
  return sample.replace("**Sample content:** not an ekip case\n\n", "").replace("**BALLYVARA, IRELAND**", "**LUND, SWEDEN**").replaceAll("Ballyvara", "Lund");
}

test("every server action answers random and hostile forms without a 500, and what is stored stays valid", async ({ page, browser, baseURL, request: anonymous }) => {
  test.setTimeout(240_000);
  const ids = actionIds();
  const db = e2eDatabase();
  const origin = baseURL!;

  // An admin of its own (the dashboard's "seen" mark and sign-outs must not touch other tests' accounts).
  await signIn(page, "admin@example.org");
  await page.goto("/admin/users");
  const add = page.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Email address").fill(ADMIN.email);
  await add.getByLabel("Role").selectOption("admin");
  await add.getByLabel(/First password/).fill(ADMIN.password);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText(`Account created for ${ADMIN.email}.`)).toBeVisible();
  const admin = await contextOf(browser, ADMIN.email, ADMIN.password);
  const editor = await admin.newPage();

  // A case of its own, and one real save from the editor: the shape of its form and its bound arguments.
  const caseId = await createEmptyDraft(editor, "Lund", "Artificial Intelligence");
  const saved = await capture(editor, async () => {
    await editor.getByRole("textbox", { name: "Context", exact: true }).fill("Lund's context, before the fuzzing.");
    await editor.getByRole("button", { name: "Save", exact: true }).click();
  }, "Saved as version 2.");
  const { root: editRoot, prefix: editPrefix } = rootOf(saved.body, saved.headers["content-type"]!);
  const editFields = fieldsOf(saved.body, saved.headers["content-type"]!, editPrefix);
  // And one read of a document on its update page: that action's bound arguments.
  await editor.goto(`/edit/cases/${caseId}/update`);
  await waitForHydration(editor);
  const read = await capture(editor, async () => {
    await editor.getByLabel("Or paste the text").fill("Not a case.");
    await editor.getByRole("button", { name: "Read the document" }).click();
  }, "There is a problem");
  const { root: updateRoot, prefix: updatePrefix } = rootOf(read.body, read.headers["content-type"]!);
  // And one address refused on its address page: that action's bound arguments.
  await editor.goto(`/edit/cases/${caseId}/address`);
  await waitForHydration(editor);
  const addressed = await capture(editor, async () => {
    await editor.getByLabel("New address: /cases/").fill("Not an address");
    await editor.getByRole("button", { name: "Change the address" }).click();
  }, "There is a problem");
  const { root: addressRoot, prefix: addressPrefix } = rootOf(addressed.body, addressed.headers["content-type"]!);
  const request = admin.request;
  const versionNow = async () => String((await db`select version from cases where id = ${caseId}`)[0]?.version ?? 1);
  // Other tests' cases and accounts run beside this one: an id is this test's own or one no row can have
  // (a small number such as 2, or " 7 " and "0x10" that read as one, would act on someone else's).
  const noSuchId = fc.constantFrom("0", "-1", "-0", "1.5", "2147483647", "2147483648", "99999999999999999999", "1e9", "NaN", "", "abc");
  const ownId = (own: string) => fc.oneof({ weight: 3, arbitrary: fc.constant(own) }, { weight: 2, arbitrary: noSuchId }, { weight: 1, arbitrary: text.filter((t) => !/^\s*(0x[0-9a-f]+|[+]?\d{1,6}(\.0*)?(e\d)?)\s*$/i.test(t)) });

  // The encoding is right: a valid request does what it says (so the refusals below are of the values, not the body).
  const created = await send(request, origin, { id: ids.createUserAction!, path: "/admin/users", fields: [["email", "fuzz-victim@example.org"], ["role", "editor"], ["password", "fuzz victim password"]] });
  expect(created.text).toContain("Account created for fuzz-victim@example.org.");
  const victimId = String((await db`select id from users where email = 'fuzz-victim@example.org'`)[0]!.id);
  const area = await send(request, origin, { id: ids.addPolicyAreaAction!, path: "/edit/policy-areas", fields: [["name", "Fuzz Area"], ["slug", ""]] });
  expect(area.text).toContain("Fuzz Area added, at /policy-areas/fuzz-area.");
  const city = await send(request, origin, { id: ids.addCityAction!, path: "/edit/cities", fields: [["name", "Fuzzborg"], ["slug", ""], ["countryCode", "SE"], ["countryName", "Sweden"], ["population", ""], ["website", ""]] });
  expect(city.text).toContain("Fuzzborg added, at /cities/fuzzborg.");

  const actions: Array<[string, fc.Arbitrary<() => Promise<unknown>>]> = [
    ["editCaseAction", fc.tuple(mutated(editFields, ["city.slug", "policyArea.slug"]), fc.boolean(), numberText).map(([fields, current, version]) => async () => {
      const expected = current ? await versionNow() : version;
      await send(request, origin, { id: ids.editCaseAction!, path: `/edit/cases/${caseId}`, root: editRoot, prefix: editPrefix, fields: [...fields.filter(([k]) => k !== "expectedVersion"), ["expectedVersion", expected]] });
    })],
    ["newCaseAction", fc.oneof(
      fc.record({ intent: fc.constantFrom("scratch", "import"), city: fc.oneof(text, fc.constant("lund")), policyArea: fc.oneof(text, fc.constant("artificial-intelligence")), text: fc.oneof(text, fc.constantFrom("# Lund\n\nCity: Lund", "\u0000".repeat(10), "x".repeat(1_000_001))) })
        .map((f) => Object.entries(f) as Entry[]),
      mutated([...editFields.filter(([k]) => !k.startsWith("city.")), ["city.slug", "fuzzborg"], ["slug", "fuzzborg-fuzz"]], ["city.slug", "policyArea.slug"]),
    ).map((fields) => () => send(request, origin, { id: ids.newCaseAction!, path: "/edit/cases/new", fields }))],
    ["changeStatusAction", fc.record({ caseId: ownId(String(caseId)), to: fc.oneof(fc.constantFrom("draft", "in_review", "published", "archived"), text), expectedVersion: fc.oneof(fc.constant("current"), numberText), note: fc.option(text, { nil: undefined }),
      expectedStatus: fc.option(fc.oneof(fc.constantFrom("draft", "in_review", "published", "archived"), text), { nil: undefined }), waive: fc.option(fc.oneof(fc.constant("yes"), text), { nil: undefined }) })
      .map((f) => async () => {
        const fields = Object.entries({ ...f, expectedVersion: f.expectedVersion === "current" ? await versionNow() : f.expectedVersion }).filter(([, v]) => v !== undefined) as Entry[];
        await send(request, origin, { id: ids.changeStatusAction!, path: `/edit/cases/${caseId}`, fields });
      })],
    ["restoreRevisionAction", fc.record({ caseId: ownId(String(caseId)), version: numberText, expectedVersion: fc.oneof(fc.constant("current"), numberText),
      reason: fc.option(text, { nil: undefined }), waive: fc.option(fc.oneof(fc.constant("yes"), text), { nil: undefined }) })
      .map((f) => async () => {
        const fields = Object.entries({ ...f, expectedVersion: f.expectedVersion === "current" ? await versionNow() : f.expectedVersion }).filter(([, v]) => v !== undefined) as Entry[];
        await send(request, origin, { id: ids.restoreRevisionAction!, path: `/edit/cases/${caseId}/history/restore/1`, fields });
      })],
    ["updateFromDocumentAction", fc.record({ intent: fc.oneof(fc.constantFrom("read", "replace"), text), text: fc.oneof(text, fc.constantFrom(lundDocument(), "\u0000".repeat(10), "x".repeat(1_000_001))),
      expectedVersion: fc.oneof(fc.constant("current"), numberText), expectedStatus: fc.oneof(fc.constantFrom("draft", "published"), text),
      reason: fc.option(text, { nil: undefined }), waive: fc.option(fc.oneof(fc.constant("yes"), text), { nil: undefined }) })
      .map((f) => async () => {
        const fields = Object.entries({ ...f, expectedVersion: f.expectedVersion === "current" ? await versionNow() : f.expectedVersion }).filter(([, v]) => v !== undefined) as Entry[];
        await send(request, origin, { id: ids.updateFromDocumentAction!, path: `/edit/cases/${caseId}/update`, root: updateRoot, prefix: updatePrefix, fields });
      })],
    ["changeAddressAction", fc.record({ slug: fc.oneof(text, fc.constantFrom("lund-artificial-intelligence-fuzz", "saint-etienne-artificial-intelligence", "")) })
      .map((f) => () => send(request, origin, { id: ids.changeAddressAction!, path: `/edit/cases/${caseId}/address`, root: addressRoot, prefix: addressPrefix, fields: Object.entries(f) as Entry[] }))],
    ["addCityAction", fc.record({ name: fc.oneof(text, text.map((t) => `Fuzz ${t}`)), slug: fc.oneof(text, fc.constant("")), countryCode: fc.oneof(text, fc.constantFrom("se", "SE", "S", "SWE")), countryName: text, population: numberText, website: fc.oneof(text, fc.constantFrom("https://example.org", "javascript:alert(1)", "http://")) })
      .map((f) => () => send(request, origin, { id: ids.addCityAction!, path: "/edit/cities", fields: Object.entries(f) as Entry[] }))],
    ["updateCityAction", fc.record({ slug: fc.oneof(fc.constant("fuzzborg"), text), name: text, countryCode: text, countryName: text, population: numberText, website: text, description: text, descriptionShown: text })
      .map((f) => () => send(request, origin, { id: ids.updateCityAction!, path: "/edit/cities/fuzzborg", fields: Object.entries(f) as Entry[] }))],
    ["addPolicyAreaAction", fc.record({ name: text, slug: text }).map((f) => () => send(request, origin, { id: ids.addPolicyAreaAction!, path: "/edit/policy-areas", fields: Object.entries(f) as Entry[] }))],
    ["renamePolicyAreaAction", fc.record({ slug: fc.oneof(fc.constant("fuzz-area"), text), name: text }).map((f) => () => send(request, origin, { id: ids.renamePolicyAreaAction!, path: "/edit/policy-areas", fields: Object.entries(f) as Entry[] }))],
    ["updatePolicyAreaAction", fc.record({ slug: fc.oneof(fc.constant("fuzz-area"), text), name: text, description: text, descriptionShown: text })
      .map((f) => () => send(request, origin, { id: ids.updatePolicyAreaAction!, path: "/edit/policy-areas/fuzz-area", fields: Object.entries(f) as Entry[] }))],
    ["renameOrganisationAction", fc.record({ slug: fc.oneof(fc.constant("fuzz-no-such-organisation"), text), name: text }).map((f) => () => send(request, origin, { id: ids.renameOrganisationAction!, path: "/edit/organisations", fields: Object.entries(f) as Entry[] }))],
    ["forgetSpellingAction", fc.record({ slug: fc.oneof(fc.constant("fuzz-no-such-organisation"), text), spelling: text }).map((f) => () => send(request, origin, { id: ids.forgetSpellingAction!, path: "/edit/organisations", fields: Object.entries(f) as Entry[] }))],
    ["mergeOrganisationsAction", fc.record({ keep: fc.oneof(fc.constant("fuzz-keep"), text), merge: fc.oneof(fc.constant("fuzz-merge"), text), confirmed: fc.oneof(fc.constant("on"), text) }).map((f) => () => send(request, origin, { id: ids.mergeOrganisationsAction!, path: "/edit/organisations", fields: Object.entries(f) as Entry[] }))],
    ["createUserAction", fc.record({ email: fc.oneof(text, fc.nat().map((n) => `fuzz-${n}@example.org`)), name: text, role: fc.oneof(fc.constantFrom("admin", "editor", "city_editor"), text), citySlugs: someOf(fc.oneof(text, fc.constantFrom("fuzzborg", "__proto__"))), password: text })
      .map(({ citySlugs, ...f }) => () => send(request, origin, { id: ids.createUserAction!, path: "/admin/users", fields: [...Object.entries(f), ...citySlugs.map((s) => ["citySlugs", s])] as Entry[] }))],
    ["changeRoleAction", fc.record({ userId: ownId(victimId), role: fc.oneof(fc.constantFrom("editor", "city_editor"), text), citySlugs: someOf(fc.oneof(text, fc.constant("fuzzborg"))) })
      .map(({ citySlugs, ...f }) => () => send(request, origin, { id: ids.changeRoleAction!, path: "/admin/users", fields: [...Object.entries(f), ...citySlugs.map((s) => ["citySlugs", s])] as Entry[] }))],
    ["setActiveAction", fc.record({ userId: ownId(victimId), isActive: fc.oneof(fc.constantFrom("true", "false"), text) }).map((f) => () => send(request, origin, { id: ids.setActiveAction!, path: "/admin/users", fields: Object.entries(f) as Entry[] }))],
    ["renameUserAction", fc.record({ userId: ownId(victimId), name: text }).map((f) => () => send(request, origin, { id: ids.renameUserAction!, path: "/admin/users", fields: Object.entries(f) as Entry[] }))],
    ["resetPasswordAction", fc.record({ userId: ownId(victimId), password: text }).map((f) => () => send(request, origin, { id: ids.resetPasswordAction!, path: "/admin/users", fields: Object.entries(f) as Entry[] }))],
    ["markChangesSeenAction", someOf(fc.tuple(fieldName, text)).map((fields) => () => send(request, origin, { id: ids.markChangesSeenAction!, path: "/edit", root: "[]", fields }))],
    // As this test's own admin: wrong current passwords lock only its account (its session stays), and no random text is its password.
    ["changePasswordAction", fc.record({ current: fc.oneof(text, fc.constant("not the admin's password")), password: fc.oneof(text, fc.constant("a new password long enough")), confirm: fc.oneof(text, fc.constant("a new password long enough")) })
      .map((f) => () => send(request, origin, { id: ids.changePasswordAction!, path: "/account", fields: Object.entries(f) as Entry[] }))],
    ["changeNameAction", someOf(fc.tuple(fc.oneof(fc.constant("name"), fieldName), text)).map((fields) => () => send(request, origin, { id: ids.changeNameAction!, path: "/account", fields }))],
    // Anonymous, from an address of its own each time: the throttle of the other tests' address and accounts is not touched.
    ["signInAction", fc.record({ email: fc.oneof(text, fc.nat().map((n) => `fuzz-nobody-${n}@example.org`)), password: text, next: fc.oneof(text, fc.constantFrom("//evil.example", "/edit", "javascript:alert(1)")), ip: fc.ipV4() })
      .map(({ ip, ...f }) => () => send(anonymous, origin, { id: ids.signInAction!, path: "/sign-in", fields: Object.entries(f) as Entry[], forwardedFor: ip }))],
  ];
  expect(actions.map(([name]) => name).filter((name) => !ids[name]), "an action of the manifest").toEqual([]);
  expect(Object.keys(ids).filter((name) => !actions.some(([n]) => n === name)).sort(), "actions not fuzzed here").toEqual(["signOutAction", "signOutEverywhereAction"]);

  for (const [name, arb] of actions) {
    await test.step(name, async () => {
      await fc.assert(fc.asyncProperty(arb, (run) => run().then(() => undefined)), { numRuns: RUNS });
    });
  }

  // The editor still opens the case, with no error page.
  await editor.goto(`/edit/cases/${caseId}`);
  await expect(editor.getByRole("button", { name: "Save", exact: true })).toBeVisible();

  // Everything stored is valid: every case reads back through the schema, and the catalog and accounts are sane.
  const problems: string[] = [];
  for (const { slug, status } of await db`select slug, status from cases`) {
    if (status === "published") {
      const response = await request.get(`/cases/${slug}/export.json`);
      expect(response.status(), slug).toBe(200);
      const parsed = caseDocumentSchema.safeParse(await response.json());
      if (!parsed.success) problems.push(`${slug}: ${parsed.error.message}`);
    }
  }
  for (const { document, case_id, version } of await db`select document, case_id, version from case_revisions`) {
    const parsed = caseDocumentSchema.safeParse(document);
    if (!parsed.success) problems.push(`case ${case_id} revision ${version}: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join(".")}`);
  }
  for (const table of ["cities", "policy_areas", "organisations", "methods"]) {
    for (const { slug, name } of await db.unsafe(`select slug, name from ${table}`)) {
      if (!slugSchema.safeParse(slug).success) problems.push(`${table}: slug ${JSON.stringify(slug)}`);
      if (typeof name !== "string" || !name.trim()) problems.push(`${table} ${slug}: name ${JSON.stringify(name)}`);
    }
  }
  for (const { email, role, name } of await db`select email, role, name from users`) {
    if (!/^[^@\s]+@[^@\s]+$/.test(email) || email !== email.toLowerCase()) problems.push(`user ${JSON.stringify(email)}`);
    if (!personNameSchema.safeParse(name).success || name !== name.trim()) problems.push(`user ${email}: name ${JSON.stringify(name)}`);
    if (!["admin", "editor", "city_editor"].includes(role)) problems.push(`user ${email}: role ${role}`);
  }
  expect(problems).toEqual([]);
  // The case the fuzzing edited is still one case, of Lund and Artificial Intelligence (never moved onto another test's city).
  expect([...(await db`select c.slug, ci.slug as city from cases c join cities ci on ci.id = c.city_id where c.id = ${caseId}`)][0]?.city).toBe("lund");
  await admin.close();
  await db.end();
});

test("a call of a server action that is not the site's form, or that Next cannot read, is answered 400 and changes nothing", async ({ page, baseURL }) => {
  await signIn(page, "admin@example.org");
  const ids = actionIds();
  const [caseId] = (await e2eDatabase()`select min(id) as id from cases`).map((row) => String(row.id));
  const pages = actionPages(caseId!);
  // Bodies Next cannot read as an argument list: no JSON, no root field `0`, a root naming a part that is not there.
  const unreadable: Array<{ type: string; body: string | Buffer }> = [
    { type: "text/plain;charset=UTF-8", body: "not json" },
    { type: "text/plain;charset=UTF-8", body: "" },
    { type: "text/plain;charset=UTF-8", body: '"$Q5"' },
    multipart([["1_name", "x"]]),
    multipart([["0", '[{},"$Q9"]']]),
  ];
  // Argument lists Next reads, in place of the form (and of the previous answer, or the case an editor's form is bound to).
  const notTheForm = ["{}", "[]", "[{},{}]", '[{},"a form"]', "[null,null,null]", '["1",{},{}]', `[${caseId},null,{}]`].map((body) => ({ type: "text/plain;charset=UTF-8", body }));
  // Actions that read anything sent as no form, and sign-outs, are sent only what Next cannot read.
  const readsAnything = new Set(["markChangesSeenAction", "signOutAction", "signOutEverywhereAction"]);
  for (const [name, id] of Object.entries(ids)) {
    const path = pages[name]!;
    for (const { type, body } of readsAnything.has(name) ? unreadable : [...unreadable, ...notTheForm]) {
      const response = await page.request.post(path, { headers: { "next-action": id, accept: "text/x-component", "content-type": type, origin: baseURL! }, data: body, maxRedirects: 0 });
      const what = `${name} ${type.split(";")[0]} ${String(body).slice(0, 60)}`;
      expect(response.status(), what).toBe(400);
      expect(await response.text(), what).toMatch(/^This was not sent as the site's forms send it( \(.+\))?: nothing was changed\.\n$/);
    }
  }
  // Random argument lists and bodies that hold no form (React writes a form as "$K…"): each is refused, whatever it is.
  const noForm = fc.jsonValue().map((v) => JSON.stringify(v)).filter((json) => json !== undefined && !json.includes('"$K'));
  const body = fc.oneof(
    noForm.map((json) => ({ type: "text/plain;charset=UTF-8", body: json as string | Buffer })),
    fc.tuple(fc.option(noForm, { nil: undefined }), fc.array(fc.tuple(fc.constantFrom("1", "1_name", "_1_x", "$ACTION_REF_1", "x"), fc.string()), { maxLength: 4 }))
      .map(([root, fields]) => multipart([...fields, ...(root === undefined ? [] : [["0", root] as Entry])])),
  );
  for (const [name, id] of Object.entries(ids).filter(([n]) => !readsAnything.has(n))) {
    await fc.assert(fc.asyncProperty(body, async ({ type, body }) => {
      const response = await page.request.post(pages[name]!, { headers: { "next-action": id, accept: "text/x-component", "content-type": type, origin: baseURL! }, data: body, maxRedirects: 0 });
      const what = `${name} ${type.split(";")[0]} ${String(body).slice(0, 200)}`;
      expect(response.status(), what).toBe(400);
      expect(await response.text(), what).toMatch(/^This was not sent as the site's forms send it( \(.+\))?: nothing was changed\.\n$/);
    }), { numRuns: 15 });
  }
  // A 400 is answered only when the action did not start (lib/action-arguments.ts refuses before anything is read or
  // written); and no sign-out ran: still signed in.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("an action posted to a page that does not hold it is answered as the page that holds it answers", async ({ browser, baseURL, request: anonymous }) => {
  // Next runs it by posting it again to a page that holds it; a refusal there was answered 200 "{}" here.
  const ids = actionIds();
  const call = (request: APIRequestContext, path: string, id: string, body: { type: string; body: string | Buffer }) =>
    request.post(path, { headers: { "next-action": id, accept: "text/x-component", "content-type": body.type, origin: baseURL! }, data: body.body, maxRedirects: 0 });
  const form = (fields: Entry[]) => multipart([...fields.map(([k, v]) => [`_1_${k}`, v] as Entry), ["0", '[{},"$K1"]']]);

  // Signed out, an admin's action from a public page: the proxy refuses it at /admin/users.
  const signedOut = await call(anonymous, "/cases", ids.createUserAction!, form([["email", "forward@example.org"], ["role", "editor"], ["password", "a password long enough"]]));
  expect(signedOut.status()).toBe(403);
  expect(await signedOut.text()).toBe("Sign in to change anything here.\n");

  // Run there behind a proxy that ends TLS, with the site's own host and the client's address: Next posted it again
  // to https://localhost (and failed, answering 200 "{}"), and the cross-site check and the throttle saw the forward's.
  const email = `forward-${Date.now()}@example.org`;
  const signInForm = form([["email", email], ["password", "not the password of anyone"]]);
  const behindProxy = await anonymous.post("/cases", {
    headers: { "next-action": ids.signInAction!, accept: "text/x-component", "content-type": signInForm.type, origin: "https://kb.example.org", "x-forwarded-proto": "https", "x-forwarded-host": "kb.example.org", "x-forwarded-for": "203.0.113.77" },
    data: signInForm.body, maxRedirects: 0,
  });
  expect(behindProxy.status()).toBe(200);
  expect(await behindProxy.text()).toContain("That email address and password do not match an active account.");
  expect((await e2eDatabase()`select ip from audit_log where action = 'sign_in.failed' and subject = ${email}`).map((r) => r.ip)).toEqual(["203.0.113.77"]);

  const editor = await browser.newPage();
  await signIn(editor, "editor@example.org");
  // Not the form: refused where the action is, before it starts.
  const notTheForm = await call(editor.request, "/edit", ids.changeNameAction!, { type: "text/plain;charset=UTF-8", body: "[{},{}]" });
  expect(notTheForm.status()).toBe(400);
  expect(await notTheForm.text()).toBe("This was not sent as the site's forms send it (its fields were not a form): nothing was changed.\n");
  // Refused by the action, in its form's answer (flight data): that answer, with the status of a refusal.
  const notAnAdmin = await call(editor.request, "/edit", ids.createUserAction!, form([["email", "forward@example.org"], ["role", "editor"], ["password", "a password long enough"]]));
  expect(notAnAdmin.status()).toBe(403);
  expect(notAnAdmin.headers()["content-type"]).toContain("text/x-component");
  expect(await notAnAdmin.text()).toContain("Only an admin manages people and roles.");
  // A call the action takes is run there, and answered as usual.
  const taken = await call(editor.request, "/edit", ids.renameOrganisationAction!, form([["slug", "forward-no-such-organisation"], ["name", "Forwarded"]]));
  expect(taken.status()).toBe(200);
  expect(taken.headers()["content-type"]).toContain("text/x-component");
  await editor.close();
  expect((await e2eDatabase()`select count(*)::int as n from users where email = 'forward@example.org'`)[0]!.n).toBe(0);
});
