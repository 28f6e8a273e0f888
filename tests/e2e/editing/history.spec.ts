import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page, type Request } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { addCityEditor } from "../replay";
import { e2eDatabase, signIn } from "../session";
import { editorOf, editorOfNewDraft, field, storedCase } from "./editors";

// A sample case no other test changes; its versions are read, not assumed.
const SLUG = "ballyvara-artificial-intelligence";
const BEFORE = "The sector is small but growing: around sixty businesses";
const AFTER = "The sector is small but growing fast: around seventy businesses";

/** A corrected document imported with the product's own command, as staff would: a second revision of the case. */
function importCorrectedCase(): void {
  const source = readFileSync(path.join("content", "samples", `${SLUG}.md`), "utf8");
  expect(source).toContain(BEFORE);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ekip-history-")), `${SLUG}.md`);
  writeFileSync(file, source.replace(BEFORE, AFTER));
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/import.ts", file], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: ".data/e2e" },
    stdio: "pipe",
  });
}

/** The restore as an editor makes it: the history's link, the page showing what it changes, the reason, the button. */
async function captureRestore(page: Page, version: number, current: number) {
  await page.getByRole("link", { name: `Restore version ${version}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Restore version ${version} of Ballyvara: Artificial Intelligence`);
  // The case is published: the page says that what it restores is public at once, and shows what it changes.
  await expect(page.getByText(`Restoring it saves its content again as version ${current + 1}; version ${current} and every earlier one stay in the history. The case stays published, so its public page shows the restored version at once.`)).toBeVisible();
  const changes = page.getByRole("region", { name: "What restoring changes" });
  await expect(changes.getByText(`From version ${current} (now) to the content of version ${version}:`)).toBeVisible();
  await expect(changes.getByRole("region", { name: "The context" }).locator("ins")).toContainText(["added: sixty"]);
  await expectNoAxeViolations(page);
  await page.getByLabel("Why restore it? (optional)").fill("The figures were not confirmed");
  const [request] = await Promise.all([
    page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: `Restore version ${version}` }).click(),
  ]);
  // Back in the history, which says what was done (focused, so that it is read out).
  await expect(page).toHaveURL(new RegExp(`/history\\?restored=${version}&as=${current + 1}$`));
  await expect(page.getByRole("status").filter({ hasText: `Version ${version} restored: it is now version ${current + 1}.` })).toBeFocused();
  const headers = request.headers();
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept"];
  return { url: request.url(), headers: Object.fromEntries(keep.filter((k) => headers[k]).map((k) => [k, headers[k]!])), body: request.postDataBuffer()! };
}

test("an editor restores an earlier version: a new revision, the changed words shown, the public page fresh; others get 403", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const db = e2eDatabase();
  const revisions = async (id: number) => Number((await db`select count(*)::int as n from case_revisions where case_id = ${id}`)[0]!.n);
  const [found] = await db`select id, version from cases where slug = ${SLUG}`;
  const id = found!.id as number;
  const original = found!.version as number;
  importCorrectedCase();

  await signIn(page, "editor@example.org");
  await page.goto(`/edit/cases/${id}/history`);
  // The title names the case, so that tabs of several cases tell them apart.
  await expect(page).toHaveTitle(/^History of Ballyvara: Artificial Intelligence\b/);
  await expect(page.getByRole("heading", { level: 1, name: "History of Ballyvara: Artificial Intelligence" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to editing the case" })).toHaveAttribute("href", `/edit/cases/${id}`);
  const changes = page.getByRole("region", { name: "Changes between two versions" });
  await expect(changes.getByText(`Changes from version ${original} to version ${original + 1}:`)).toBeVisible();
  const context = changes.getByRole("region", { name: "The context" });
  await expect(context.locator("ins")).toContainText(["added: fast", "added: seventy"]);
  await expect(context.locator("del")).toContainText(["removed: sixty"]);
  await expect(changes.getByText(/^Unchanged: About the case, Introduction/)).toBeVisible();
  await expectNoAxeViolations(page);

  const restore = await captureRestore(page, original, original + 1);
  const newest = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Version ${original + 2} (current)` }) });
  await expect(newest).toContainText(`Restored version ${original}: The figures were not confirmed`);
  // Dates with a time are written one way everywhere: here, on the dashboard and in a conflict.
  await expect(newest).toContainText(/Saved \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC by editor@example\.org/);
  // Every version readers could read (the case was published throughout) links to its public page.
  for (const v of [original, original + 1, original + 2]) {
    await expect(page.getByRole("link", { name: `Public page of version ${v}`, exact: true })).toHaveAttribute("href", `/cases/${SLUG}/versions/${v}`);
  }

  await changes.getByLabel("From").selectOption(String(original + 1));
  await changes.getByLabel("To").selectOption(String(original + 2));
  await changes.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${original + 1}&to=${original + 2}`));
  await expect(page.getByRole("region", { name: "The context" }).locator("ins")).toContainText(["added: sixty"]);
  await expectNoAxeViolations(page);

  await page.goto(`/edit/cases/${id}/history?from=abc&to=${original}`);
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("from: choose one of this case's versions listed in its history");
  await expect(page.getByText(`Changes from version ${original + 1} to version ${original}:`)).toBeVisible();

  const published = await page.request.get(`/cases/${SLUG}`);
  expect(await published.text()).toContain("around sixty businesses");

  // Every version saved while the case was published keeps a page of its own, with the text it had: what a citation of it shows.
  const readers = await browser.newContext();
  const reader = await readers.newPage();
  await reader.goto(`/cases/${SLUG}/versions/${original + 1}`);
  await expect(reader.getByRole("region", { name: "Context" })).toContainText("around seventy businesses");
  const note = reader.getByRole("note").filter({ hasText: "You are reading" });
  await expect(note).toContainText(`You are reading version ${original + 1} of this case`);
  await expect(note).toContainText(new RegExp(`The case has changed since\\. Read the newest version \\(version ${original + 2}, updated \\d{1,2} \\w+ \\d{4}\\), or see what changed since this one\\.`));
  await expect(note.getByRole("link", { name: "Read the newest version" })).toHaveAttribute("href", `/cases/${SLUG}`);
  await expectNoAxeViolations(reader);
  // What changed since: the words the newest version took back.
  await note.getByRole("link", { name: "see what changed since this one" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`What changed in Ballyvara: Artificial Intelligence since version ${original + 1}`);
  const changedContext = reader.getByRole("region", { name: "The context" });
  await expect(changedContext.locator("ins")).toContainText(["added: sixty"]);
  await expect(changedContext.locator("del")).toContainText(["removed: fast", "removed: seventy"]);
  await expect(reader.getByText(/^Unchanged: About the case, Introduction/)).toBeVisible();
  await expectNoAxeViolations(reader);
  await reader.goto(`/cases/${SLUG}`);
  const versions = reader.getByRole("region", { name: "Versions" });
  await expect(versions.getByRole("listitem").first()).toContainText(`Version ${original + 2} (shown here), updated `);
  for (const earlier of [original + 1, original]) {
    await expect(versions.getByRole("link", { name: `Version ${earlier}`, exact: true })).toHaveAttribute("href", `/cases/${SLUG}/versions/${earlier}`);
  }
  await versions.getByRole("link", { name: `Version ${original}`, exact: true }).click();
  await expect(reader.getByRole("region", { name: "Context" })).toContainText("around sixty businesses");
  await readers.close();

  // The restore request as the editor's browser sent it, sent again by people who may not edit this case.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, "admin@example.org");
  await adminPage.goto("/admin/users");
  const add = adminPage.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Email address").fill("history-city@example.org");
  await add.getByLabel("Role").selectOption("city_editor");
  await add.getByLabel("Saint-Etienne").check();
  await add.getByLabel(/First password/).fill("history city password");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(adminPage.getByText("Account created for history-city@example.org.")).toBeVisible();
  await admin.close();

  const before = await revisions(id);
  const anonymous = await browser.newContext();
  const cityEditor = await browser.newContext();
  await signIn(await cityEditor.newPage(), "history-city@example.org", "history city password");
  for (const [who, context] of [["anonymous", anonymous], ["city editor of another city", cityEditor]] as const) {
    const response = await context.request.post(restore.url, { headers: { ...restore.headers, origin: baseURL! }, data: restore.body, maxRedirects: 0 });
    expect(response.status(), who).toBe(403);
    await context.close();
  }
  // The same request from the editor reaches the action, which refuses it as stale: the 403s above are the rights.
  const stale = await page.context().request.post(restore.url, { headers: { ...restore.headers, origin: baseURL! }, data: restore.body });
  expect(stale.status()).toBe(200);
  expect(await stale.text()).toContain(`Someone saved version ${original + 2} meanwhile; reload to see it.`);
  expect(await revisions(id)).toBe(before);

  // Without JavaScript: the comparison is a plain GET form and restoring a plain POST.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await signIn(plain, "editor@example.org");
  await plain.goto(`/edit/cases/${id}/history`);
  await plain.getByLabel("From").selectOption(String(original));
  await plain.getByLabel("To").selectOption(String(original + 1));
  await plain.getByRole("button", { name: "Compare" }).click();
  await expect(plain.getByRole("region", { name: "The context" }).locator("ins")).toContainText(["added: fast", "added: seventy"]);
  // The case already holds the original again (the restore above): the history offers no restore of it, and its
  // page, reached by its address, says there is nothing to restore and has no button.
  const originalEntry = plain.getByRole("listitem").filter({ has: plain.getByRole("heading", { name: `Version ${original}`, exact: true }) });
  await expect(originalEntry).toContainText("It holds what the current version holds: there is nothing to restore.");
  await expect(originalEntry.getByRole("link", { name: /^Restore/ })).toHaveCount(0);
  await expect(plain.getByRole("link", { name: `Restore version ${original + 1}`, exact: true })).toBeVisible();
  await plain.goto(`/edit/cases/${id}/history/restore/${original}`);
  await expect(plain.getByText(`It holds what the case holds now (version ${original + 2}): there is nothing to restore.`)).toBeVisible();
  await expect(plain.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
  // Restoring version original + 1 without JavaScript: a plain POST, and back to the history.
  await plain.goto(`/edit/cases/${id}/history/restore/${original + 1}`);
  await plain.getByRole("button", { name: `Restore version ${original + 1}` }).click();
  await expect(plain.getByText(`Version ${original + 1} restored: it is now version ${original + 3}.`)).toBeVisible();
  expect(await revisions(id)).toBe(before + 1);
  // A version the case does not have is no page.
  expect((await plain.goto(`/edit/cases/${id}/history/restore/99`))!.status()).toBe(404);
  await noScript.close();
  await db.end();
});

test("the history of a case is for signed-in editors only", async ({ page }) => {
  await page.goto("/edit/cases/1/history");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fedit%2Fcases%2F1%2Fhistory$/);
});

test("a city editor's restore, refused because the case left draft, says why: the forbidden page without JavaScript (403), the form with it", async ({ browser }) => {
  test.setTimeout(90_000);
  const [email, password] = ["restore-refused-city@example.org", "restore refused city password"];
  await addCityEditor(await (await browser.newContext()).newPage(), email, password, "Ballyvara");
  // A city and policy area no other test gives a case (editor.spec.ts saves Saint-Etienne's New European Bauhaus).
  const { page: withScripts, id } = await editorOfNewDraft(browser, "Ballyvara", "New European Bauhaus", email, password);
  await field(withScripts, "Context").fill("The second version.");
  await withScripts.getByRole("button", { name: "Save", exact: true }).click();
  await expect(withScripts.getByText(/^Saved as version 2\./)).toBeVisible();
  await withScripts.goto(`/edit/cases/${id}/history/restore/1`);
  const withoutScripts = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(withoutScripts, email, password);
  await withoutScripts.goto(`/edit/cases/${id}/history/restore/1`);

  const editor = await editorOf(browser, id);
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Submitted for review.")).toBeVisible();
  const reason = "This case is in review now, and a city editor changes drafts only.";

  const restore = (page: Page) => Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Restore version 1" }).click()]);
  const [refused] = await restore(withoutScripts);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("<h1>You may not do this</h1>"); // in the HTML, not drawn by the framework
  await expect(withoutScripts).toHaveTitle(/^You may not do this · /);
  await expect(withoutScripts.getByText(`${reason} Nothing was changed.`)).toBeVisible();

  const [answer] = await restore(withScripts);
  expect(answer.status()).toBe(403);
  await expect(withScripts.getByText(`You may not do this. ${reason} Nothing was changed.`)).toBeVisible();
  await expectNoAxeViolations(withScripts);
  expect(await storedCase(id)).toMatchObject({ context: "The second version.", version: 2, status: "in_review" });
});
