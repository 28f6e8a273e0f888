import { expect, test } from "@playwright/test";
import { createTempDatabase, runTool, signInOver, startApp, type App } from "./servers";
import { publishDespiteProblems } from "../editing/editors";

let database: Awaited<ReturnType<typeof createTempDatabase>>;
let a: App;
let b: App;
const PASSWORD = "a long enough password for both";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createTempDatabase();
  // Both start at once on the new database: their migrations take turns under the advisory lock.
  [a, b] = await Promise.all([startApp({ port: 3402, databaseUrl: database.url }), startApp({ port: 3403, databaseUrl: database.url })]);
  for (const email of ["locked@example.org", "roaming@example.org", "publisher@example.org", "known@example.org"]) {
    await runTool(["scripts/user-create.ts", "--email", email, "--role", "editor"], { databaseUrl: database.url, input: `${PASSWORD}\n` });
  }
});

test.afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await database?.drop();
});

const total = async (app: App) => ((await (await fetch(`${app.url}/api/v1/cases`)).json()) as { total: number }).total;

test("a case published by a writer outside instance B is served by B on its next request", async () => {
  expect(await total(a)).toBe(1);
  expect(await total(b)).toBe(1); // B's read cache now holds the list of one
  const sample = await (await fetch(`${b.url}/cases/wierzbno-green-transition`)).text();
  expect(sample).not.toContain("Wierzbno");
  await runTool(["scripts/import.ts", "--publish", "content/samples/wierzbno-green-transition.md"], { databaseUrl: database.url });
  expect(await total(b)).toBe(2);
  expect(await total(a)).toBe(2);
  const page = await fetch(`${b.url}/cases/wierzbno-green-transition`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Wierzbno");
});

test("a case taken back to draft and published again in instance A's editor is served accordingly by B at once", async ({ page }) => {
  // The API's answer: 200 while published, 410 once taken back (the page then says it is no longer published).
  const caseOnB = async () => (await fetch(`${b.url}/api/v1/cases/wierzbno-green-transition`)).status;
  expect(await caseOnB()).toBe(200);
  await page.goto(`${a.url}/sign-in`);
  await page.getByLabel("Email address").fill("publisher@example.org");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await page.goto(`${a.url}/edit?city=wierzbno`);
  await page.getByRole("link", { name: /Wierzbno: Green Transition/ }).first().click();
  await page.getByRole("button", { name: "Back to draft" }).click();
  await expect(page.getByText("Back to draft: the public pages do not show it, and this city's city editors can change it.")).toBeVisible();
  expect(await caseOnB()).toBe(410);
  const gone = await fetch(`${b.url}/cases/wierzbno-green-transition`);
  expect(gone.status).toBe(410);
  expect(await gone.text()).toContain("<h1>This case is no longer published</h1>");
  await publishDespiteProblems(page, "Sample content, published for the test");
  expect(await caseOnB()).toBe(200);
  // Its page too: the 410 that B's page cache kept is not served once the case is back.
  expect((await fetch(`${b.url}/cases/wierzbno-green-transition`)).status).toBe(200);
});

test("failed sign-ins counted on A lock the account on B", async () => {
  for (let i = 0; i < 5; i++) expect((await signInOver(a.url, "locked@example.org", "a wrong password, try again")).code).toBe("credentials");
  const onB = await signInOver(b.url, "locked@example.org", PASSWORD);
  expect(onB).toEqual({ cookie: null, code: "throttled", knownBrowser: null });
});

test("a browser that signed in on A is still let in by B after strangers locked the account", async () => {
  const { knownBrowser } = await signInOver(a.url, "known@example.org", PASSWORD);
  expect(knownBrowser).toMatch(/^ekip-known-browser=/);
  for (let i = 0; i < 5; i++) expect((await signInOver(b.url, "known@example.org", "a stranger's guess, on B")).code).toBe("credentials");
  expect((await signInOver(a.url, "known@example.org", PASSWORD)).code).toBe("throttled");
  const owner = await signInOver(b.url, "known@example.org", PASSWORD, knownBrowser!);
  expect(owner.cookie).toBeTruthy();
  expect(owner.knownBrowser, "the same browser, renewed").toBe(knownBrowser);
});

test("a session made on A is honoured by B", async () => {
  const { cookie } = await signInOver(a.url, "roaming@example.org", PASSWORD);
  expect(cookie).toBeTruthy();
  const account = await fetch(`${b.url}/account`, { headers: { Cookie: cookie! }, redirect: "manual" });
  expect(account.status).toBe(200);
  expect(await account.text()).toContain("roaming@example.org");
  const anonymous = await fetch(`${b.url}/account`, { redirect: "manual" });
  expect(anonymous.status).toBe(307);
});
