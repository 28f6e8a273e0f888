import { expect, test } from "@playwright/test";
import { addCityEditor } from "../replay";
import { signIn } from "../session";
import { editorOfNewDraft, field, storedCase } from "./editors";

const EMAIL = "signed-out-elsewhere@example.org";
const PASSWORD = "signed out elsewhere password";

test("signed out everywhere from another browser: the save is held back with the notice, the text kept, and goes through after signing in again", async ({ browser }) => {
  await addCityEditor(await (await browser.newContext()).newPage(), EMAIL, PASSWORD, "Bratislava");
  const { page, id } = await editorOfNewDraft(browser, "Bratislava", "Green Transition", EMAIL, PASSWORD);
  await field(page, "Selected focus").fill("Typed before being signed out elsewhere.");

  // The token in this browser is still valid: only the database knows the session has ended.
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, EMAIL, PASSWORD);
  await elsewhere.goto("/account");
  await elsewhere.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("You have been signed out, so nothing was saved.")).toBeVisible();
  // Said where the person is looking: the notice takes focus (the Save button is in the bar at the bottom).
  const notice = page.locator("div[tabindex='-1']").filter({ hasText: "You have been signed out" });
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  await expect(field(page, "Selected focus")).toHaveValue("Typed before being signed out elsewhere.");
  expect((await storedCase(id)).version).toBe(1);

  await signIn(await page.context().newPage(), EMAIL, PASSWORD);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await page.context().close();
  await elsewhere.context().close();
});

test("a session ended elsewhere: 'Mark all as seen' and 'Sign out everywhere' lead to signing in, with and without JavaScript", async ({ browser }) => {
  const email = "ended-elsewhere@example.org";
  const password = "ended elsewhere password";
  await addCityEditor(await (await browser.newContext()).newPage(), email, password, "Lund");
  const withScript = await (await browser.newContext()).newPage();
  const withoutScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const page of [withScript, withoutScript]) await signIn(page, email, password);
  await withScript.goto("/edit");
  await withoutScript.goto("/account");

  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email, password);
  await elsewhere.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  await withScript.getByRole("button", { name: "Mark all as seen" }).click();
  await expect(withScript).toHaveURL(/\/sign-in\?next=%2Fedit$/);
  await expect(withScript.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await withoutScript.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(withoutScript).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await expect(withoutScript.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // Signed in again, the person is back where they pressed.
  await withScript.getByLabel("Email address").fill(email);
  await withScript.getByLabel("Password").fill(password);
  await withScript.getByRole("button", { name: "Sign in" }).click();
  await expect(withScript).toHaveURL(/\/edit$/);
  for (const page of [withScript, withoutScript, elsewhere]) await page.context().close();
});

test("a session ended elsewhere: the next editors' page followed in the app leads to signing in, without the old session's menu", async ({ browser }) => {
  const email = "menu-after-ending@example.org";
  const password = "menu after ending password";
  await addCityEditor(await (await browser.newContext()).newPage(), email, password, "Košice");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await page.goto("/edit");
  const menu = page.getByRole("navigation", { name: "Editing" });
  await expect(menu.getByRole("link", { name: `${email}: account and sign out` })).toBeVisible();

  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email, password);
  await elsewhere.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  // Followed by the framework (no page load): the editors' menu was the layout's, kept from the page before.
  await menu.getByRole("link", { name: "Quality" }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fedit%2Fquality$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Editing" })).toHaveCount(0);
  await expect(page.getByText(email)).toHaveCount(0);
  for (const p of [page, elsewhere]) await p.context().close();
});

test("an admin whose session ended elsewhere is sent to sign in by the people page and the audit log, as by every editors' page", async ({ page, browser }) => {
  const [email, password] = ["admin-ended-elsewhere@example.org", "admin ended elsewhere password"];
  await signIn(page, "admin@example.org");
  await page.goto("/admin/users");
  const add = page.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Email address").fill(email);
  await add.getByLabel("Role").selectOption("admin");
  await add.getByLabel(/First password/).fill(password);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText(`Account created for ${email}.`)).toBeVisible();

  const ended = await (await browser.newContext()).newPage();
  await signIn(ended, email, password);
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email, password);
  await elsewhere.goto("/account");
  await elsewhere.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  for (const path of ["/admin/users", "/admin/audit"]) {
    await ended.goto(path);
    await expect(ended).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
    await expect(ended.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  }
  for (const p of [ended, elsewhere]) await p.context().close();
});

test("an ended session is not renewed: a page prefetched just before signing in again cannot put it back in place of the new one", async ({ browser, playwright, baseURL }) => {
  const [email, password] = ["not-renewed@example.org", "not renewed password 2026"];
  await addCityEditor(await (await browser.newContext()).newPage(), email, password, "Lund");
  const page = await (await browser.newContext()).newPage();
  const sessionCookie = async () => (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!.value;
  // Who sends a session cookie gets it renewed, with its expiry, on every editors' page and when the session keeper
  // asks Auth.js for the session: unless the session has ended.
  const renewedBy = async (token: string, path: string, headers: Record<string, string> = {}) => {
    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `authjs.session-token=${token}` } });
    const response = await client.get(path, { headers, maxRedirects: 0 });
    const renewed = response.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("authjs.session-token="));
    await client.dispose();
    return renewed;
  };
  const renewal = async (token: string) => {
    const [page, keeper] = [await renewedBy(token, "/edit?_rsc=prefetch", { RSC: "1", "Next-Router-Prefetch": "1" }), await renewedBy(token, "/api/auth/session")];
    expect(keeper, "the same answer from /api/auth/session").toBe(page);
    return page;
  };
  await signIn(page, email, password);
  const ended = await sessionCookie();
  expect(await renewal(ended), "a current session").toBe(true);

  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, email, password);
  await elsewhere.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  expect(await renewal(ended), "a session ended everywhere").toBe(false);

  await signIn(page, email, password);
  expect(await sessionCookie()).not.toBe(ended);
  expect(await renewal(await sessionCookie()), "the new session").toBe(true);
  for (const p of [page, elsewhere]) await p.context().close();
});
