import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { addCityEditor } from "./replay";
import { e2eDatabase, signIn } from "./session";

// Each sign-in and each new password is an argon2 hash (deliberately slow); a test here makes up to three, and
// on a busy two-core machine that alone has taken most of the default 30 s.
test.describe.configure({ timeout: 60_000 });

const MESSAGE = "That email address and password do not match an active account.";

async function attempt(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin signs in with the keyboard, lands on the cases to edit, sees the account page and signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").focus();
  await page.keyboard.type("admin@example.org");
  await page.keyboard.press("Tab");
  await page.keyboard.type("e2e demo password 2026");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cases to edit");
  await page.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: "admin@example.org: account and sign out" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
});

test("after signing out, a copy of the old session cookie opens nothing (a request in flight may set it again)", async ({ page, context, browser }) => {
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, "editor@example.org");
  await signIn(page, "editor@example.org");
  const kept = await context.cookies();
  expect(kept.some((c) => c.name.includes("session-token"))).toBe(true);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL("/");
  await context.addCookies(kept);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  // The person's other session carries on: signing out is not signing out everywhere.
  await otherPage.goto("/account");
  await expect(otherPage.getByRole("heading", { name: "Your account" })).toBeVisible();
  await elsewhere.close();
});

test("a wrong password and an unknown address get the same answer", async ({ page }) => {
  await attempt(page, "editor@example.org", "not the right password");
  await expect(page.getByText(MESSAGE)).toBeVisible();
  // Focus goes to the answer, not to the page (the pressed button is disabled while waiting).
  await expect(page.getByText(MESSAGE)).toBeFocused();
  // Read once, on focus: no live region around it says it again.
  await expect(page.getByRole("status").filter({ hasText: MESSAGE })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await attempt(page, "nobody-here@example.org", "not the right password");
  await expect(page.getByText(MESSAGE)).toBeVisible();
});

test("a form sent without an address puts focus on the address field, which says what is wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const email = page.getByLabel("Email address");
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  // The field read on focus says its error (its description); the status line does not say it a second time.
  await expect(email).toHaveAccessibleDescription("Enter an email address like name@example.org");
  await expect(page.getByRole("status")).toHaveText("");
});

test("Enter pressed in an empty password field says what is wrong aloud, though focus does not move", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("someone@example.org");
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Enter your password" })).toBeAttached();
});

test("after five failed attempts an account must wait, even with the right password", async ({ page }) => {
  const email = "throttled@example.org";
  const db = e2eDatabase();
  // A real account, so that the right password is refused only because of the lock.
  await db`insert into users (email, password_hash, role) select ${email}, password_hash, 'editor' from users where email = 'editor@example.org'`;
  await db.end();
  for (let i = 0; i < 5; i++) {
    await attempt(page, email, `wrong password number ${i}`);
    await expect(page.getByText(MESSAGE)).toBeVisible();
  }
  await attempt(page, email, "e2e demo password 2026");
  await expect(page.getByText("Too many attempts. Wait 15 minutes, then try again.")).toBeVisible();
});

test("a stranger's wrong passwords lock the account, but not its owner's browser; a browser known for another account is new to it", async ({ browser }) => {
  const email = "owner-of-a-browser@example.org";
  const db = e2eDatabase();
  await db`insert into users (email, password_hash, role) select ${email}, password_hash, 'editor' from users where email = 'editor@example.org'`;
  await db.end();
  const owner = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "192.0.2.61" } });
  const ownerPage = await owner.newPage();
  await attempt(ownerPage, email, "e2e demo password 2026");
  await expect(ownerPage).toHaveURL(/\/edit$/);
  await ownerPage.getByRole("navigation", { name: "Editing" }).getByRole("link", { name: /account and sign out/ }).click();
  await ownerPage.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(ownerPage).toHaveURL("/");
  const known = (await owner.cookies()).find((c) => c.name === "ekip-known-browser");
  expect([known?.httpOnly, known?.sameSite, known?.path]).toEqual([true, "Lax", "/"]);
  expect(known!.expires * 1000).toBeGreaterThan(Date.now() + 179 * 24 * 3600_000);
  expect(known!.value, "it names no one").not.toContain(Buffer.from(email).toString("base64url").slice(0, 8));

  // The stranger's browser is known, for the stranger's own account (their cookie, taken to a fresh context here):
  // that makes it no one else's.
  const strangersOwn = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.23" } });
  await signIn(await strangersOwn.newPage(), "editor@example.org");
  const strangersCookie = (await strangersOwn.cookies()).filter((c) => c.name === "ekip-known-browser");
  expect(strangersCookie).toHaveLength(1);
  await strangersOwn.close();
  const stranger = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.23" } });
  await stranger.addCookies(strangersCookie);
  const strangerPage = await stranger.newPage();
  for (let i = 0; i < 5; i++) {
    await attempt(strangerPage, email, `a stranger's guess ${i}`);
    await expect(strangerPage.getByText(MESSAGE)).toBeVisible();
  }
  await attempt(strangerPage, email, "e2e demo password 2026");
  await expect(strangerPage.getByText("Too many attempts. Wait 15 minutes, then try again.")).toBeVisible();

  await attempt(ownerPage, email, "e2e demo password 2026");
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("Cases to edit");
  const log = e2eDatabase();
  const entries = await log`select action, details->>'browser' as browser from audit_log where subject = ${email} and action like 'sign_in.%' order by id`;
  await log.end();
  expect(entries.map((e) => `${e.action} ${e.browser ?? ""}`.trim())).toEqual([
    "sign_in.ok new to this account",
    ...Array.from({ length: 5 }, () => "sign_in.failed new to this account"),
    "sign_in.throttled new to this account",
    "sign_in.ok signed in with before",
  ]);
  await owner.close();
  await stranger.close();
});

test("the admin pages refuse an editor with 403", async ({ page }) => {
  await signIn(page, "editor@example.org");
  for (const path of ["/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You may not do this" })).toBeVisible();
  }
});

test("an admin adds a city editor, whose deactivation ends their session at once", async ({ page, browser }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/admin/users");
  await expectNoAxeViolations(page);
  const add = page.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Email address").fill("lund-editor@example.org");
  await add.getByLabel("Role").selectOption("city_editor");
  await add.getByLabel("Lund").check();
  await add.getByLabel(/First password/).fill("short");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("link", { name: /Use at least 12 characters/ })).toBeVisible();
  await add.getByLabel(/First password/).fill("lund editor password 1");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText("Account created for lund-editor@example.org.")).toBeVisible();
  // An address taken is said together with the form's other problems, not once they are mended.
  await add.getByLabel("Email address").fill("lund-editor@example.org");
  await add.getByLabel(/First password/).fill("short");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("link", { name: /Use at least 12 characters/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /An account with this email address exists already/ })).toBeVisible();

  const other = await browser.newContext();
  const editorPage = await other.newPage();
  await signIn(editorPage, "lund-editor@example.org", "lund editor password 1");
  await expect(editorPage.getByText("City editor")).toBeVisible();

  await page.getByRole("button", { name: "Deactivate lund-editor@example.org" }).click();
  await expect(page.getByText("Account deactivated: its sessions ended.")).toBeVisible();
  // Only the latest outcome is said: the other form's "Account created" is not left beside it.
  await expect(page.getByText("Account created for lund-editor@example.org.")).toHaveCount(0);
  await editorPage.goto("/account");
  await expect(editorPage).toHaveURL(/\/sign-in/);
  await other.close();

  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: "Account deactivated" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The log narrowed to what happened to this person: from a subject in the table, then by the form.
  const cityEditor = "lund-editor@example.org";
  await page.getByRole("link", { name: `${cityEditor} (only entries about it)` }).first().click();
  await expect(page).toHaveURL(`/admin/audit?subject=${encodeURIComponent(cityEditor)}`);
  const actions = page.getByRole("row").locator("td:nth-child(3)");
  await expect(actions).toHaveText(["Account deactivated", "Signed in", "Account created"]);
  await expect(page.getByRole("status").filter({ hasText: "3 entries match." })).toBeVisible();
  await page.getByLabel("What").selectOption("user.created");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(actions).toHaveText(["Account created"]);
  await expect(page.getByLabel("Subject (a case's address, an email address…)")).toHaveValue(cityEditor);
  await expectNoAxeViolations(page);
  // A wrong value is left out, and said; the rest still narrows the log.
  await page.goto(`/admin/audit?subject=${encodeURIComponent(cityEditor)}&page=0`);
  const leftOut = page.getByRole("status").filter({ hasText: "not understood and left out" });
  await expect(leftOut).toContainText("page=0: a page number from 1");
  await expect(actions).toHaveText(["Account deactivated", "Signed in", "Account created"]);
  await page.goto(`/admin/audit?subject=${encodeURIComponent(cityEditor)}&page=2`);
  await expect(leftOut).toContainText("page=2: there is no such page: the last is page 1");
  await expect(actions).toHaveText(["Account deactivated", "Signed in", "Account created"]);
  // A link to other filters (here none) shows them in the form, with or without a page load.
  await page.goto(`/admin/audit?subject=${encodeURIComponent(cityEditor)}&action=user.created`);
  await page.getByRole("link", { name: "Show every entry" }).click();
  await expect(page).toHaveURL("/admin/audit");
  await expect(page.getByLabel("What")).toHaveValue("");
  await expect(page.getByLabel("Subject (a case's address, an email address…)")).toHaveValue("");
  // Who takes any text the log names, not only email addresses ("server" made the first accounts).
  await page.getByLabel("Who (email address)").fill("server");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL("/admin/audit?who=server"); // the fields left empty are not sent
});

test("a person changes their own password: a wrong current one or a repetition that differs is refused by field; then every session ends and only the new one signs in", async ({ page, browser }) => {
  const [email, old, fresh] = ["own-password@example.org", "own password first 2026", "own password second 2026"];
  await addCityEditor(await (await browser.newContext()).newPage(), email, old);
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email, old);
  await signIn(page, email, old);
  const form = page.getByRole("region", { name: "Change your password" });
  const change = async (current: string, password: string, confirm: string) => {
    await form.getByLabel("Current password").fill(current);
    await form.getByLabel("New password (at least 12 characters)").fill(password);
    await form.getByLabel("New password again").fill(confirm);
    await form.getByRole("button", { name: "Change password" }).click();
  };
  await change("not the password at all", fresh, fresh);
  await expect(form.getByRole("link", { name: "That is not your current password" })).toHaveAttribute("href", "#password-current");
  await change(old, fresh, `${fresh}!`);
  await expect(form.getByRole("link", { name: "The new password and its repetition differ" })).toBeVisible();
  await expectNoAxeViolations(page);
  await change(old, fresh, fresh);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText("Your password is changed, and every session has ended: sign in with the new password.")).toBeVisible();
  // Only the person who changed it is told so: the address claims nothing for anyone else.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/sign-in?password=changed");
  await expect(stranger.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(stranger.getByText("Your password is changed")).toHaveCount(0);
  await stranger.context().close();

  await elsewhere.goto("/edit");
  await expect(elsewhere).toHaveURL(/\/sign-in\?next=%2Fedit$/);
  await attempt(page, email, old);
  await expect(page.getByText(MESSAGE)).toBeVisible();
  await signIn(page, email, fresh);
  const db = e2eDatabase();
  try {
    const audit = await db`select action from audit_log where subject = ${email} and action like 'user.password%' order by id`;
    expect(audit.map((r) => r.action)).toEqual(["user.password_change_refused", "user.password_changed"]);
  } finally {
    await db.end();
  }
  await elsewhere.context().close();
});

test("a person changes the name they are shown by, with or without JavaScript, and an admin corrects it: one too long is refused by field and changes nothing; the session goes on", async ({ page, browser }) => {
  const [email, password] = ["own-name@example.org", "own name password 2026"];
  const admin = await (await browser.newContext()).newPage();
  await addCityEditor(admin, email, password);
  const db = e2eDatabase();
  const stored = async () => (await db`select name from users where email = ${email}`)[0]?.name;
  try {
    await signIn(page, email, password);
    const form = page.getByRole("region", { name: "Your name" });
    await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Saint-Etienne editor");
    await form.getByLabel("Name", { exact: true }).fill("x".repeat(201));
    await form.getByRole("button", { name: "Save name" }).click();
    await expect(form.getByRole("link", { name: "Use at most 200 characters" })).toHaveAttribute("href", "#name-name");
    expect(await stored()).toBe("Saint-Etienne editor");
    await form.getByLabel("Name", { exact: true }).fill("  Camille Martin ");
    await form.getByRole("button", { name: "Save name" }).click();
    await expect(form.getByText("Name saved.")).toBeVisible();
    expect(await stored()).toBe("Camille Martin");
    await expectNoAxeViolations(page);

    const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(noScript, email, password);
    const plain = noScript.getByRole("region", { name: "Your name" });
    await expect(plain.getByLabel("Name", { exact: true })).toHaveValue("Camille Martin");
    await plain.getByLabel("Name", { exact: true }).fill("Camille Martin-Durand");
    await plain.getByRole("button", { name: "Save name" }).click();
    await expect(noScript.getByText("Name saved.")).toBeVisible();
    await expect(noScript.getByRole("region", { name: "Your name" }).getByLabel("Name", { exact: true })).toHaveValue("Camille Martin-Durand");
    await noScript.context().close();

    // A name gives no rights: the session it was changed in goes on.
    await page.goto("/edit");
    await expect(page.getByRole("heading", { level: 1, name: "Cases to edit" })).toBeVisible();
    await admin.goto("/admin/users");
    await expect(admin.getByRole("heading", { level: 3, name: `${email} · Camille Martin-Durand · City editor (Saint-Etienne)` })).toBeVisible();

    // An admin corrects it on the people page, where one too long is refused by field; the person's session goes on.
    const person = admin.getByRole("article", { name: new RegExp(email) });
    const save = person.getByRole("button", { name: `Save name of ${email}` });
    await person.getByLabel(`Name of ${email}`, { exact: true }).fill("x".repeat(201));
    await save.click();
    await expect(person.getByRole("link", { name: "Use at most 200 characters" })).toBeVisible();
    expect(await stored()).toBe("Camille Martin-Durand");
    await person.getByLabel(`Name of ${email}`, { exact: true }).fill("Camille Durand");
    await save.click();
    await expect(person.getByText("Name saved.")).toBeVisible();
    await expect(admin.getByRole("heading", { level: 3, name: `${email} · Camille Durand · City editor (Saint-Etienne)` })).toBeVisible();
    await expectNoAxeViolations(admin);
    await page.goto("/account");
    await expect(page.getByRole("region", { name: "Your name" }).getByLabel("Name", { exact: true })).toHaveValue("Camille Durand");
    const audit = await db`select actor_email, details from audit_log where subject = ${email} and action = 'user.renamed' order by id`;
    expect(audit.map((r) => [r.actor_email, r.details])).toEqual([
      [email, { from: "Saint-Etienne editor", to: "Camille Martin" }],
      [email, { from: "Camille Martin", to: "Camille Martin-Durand" }],
      ["admin@example.org", { from: "Camille Martin-Durand", to: "Camille Durand" }],
    ]);
  } finally {
    await db.end();
    await admin.context().close();
  }
});

test("signed in, the sign-in page sends on only to a page of this site: never to another by a backslash", async ({ page }) => {
  await signIn(page, "editor@example.org");
  // Browsers read "/\\example.org" as "//example.org": it was followed there.
  await page.goto("/sign-in?next=%2F%5Cexample.org");
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/edit$/);
  await page.goto("/sign-in?next=%2Fcases%3Fq%3Dculture");
  await expect(page).toHaveURL(/\/cases\?q=culture$/);
});

