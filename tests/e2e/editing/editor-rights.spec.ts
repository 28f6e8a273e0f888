import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addCityEditor, capture, contextOf, replay } from "../replay";
import { expectNoAxeViolations } from "../axe";
import { e2eDatabase, signIn, waitForEditor } from "../session";
import { editorOf, editorOfNewDraft, field } from "./editors";
import { addPolicyArea, createEmptyDraft, openNewCase } from "./new-case";

const SLUG = "bratislava-artificial-intelligence";

test("saving a case (valid or not) or changing its status, sent by anonymous or a city editor of another city, is answered 403 and changes nothing", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await addCityEditor(await (await browser.newContext()).newPage(), "editor-rights-city@example.org", "editor rights city password");
  await signIn(page, "editor@example.org");
  await createEmptyDraft(page, "Bratislava", "Artificial Intelligence");

  const save = await capture(page, async () => {
    await page.getByRole("textbox", { name: "Context", exact: true }).fill("Bratislava's context.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
  }, "Saved as version 2.");
  const submit = await capture(page, () => page.getByRole("button", { name: "Submit for review" }).click(), "Submitted for review.");

  const db = e2eDatabase();
  await db`update cases set status = 'draft' where slug = ${SLUG}`;
  const state = async () => [...(await db`select version, status, context, (select count(*)::int from case_revisions r where r.case_id = c.id) as revisions from cases c where slug = ${SLUG}`)];
  const before = await state();
  // A save with a field no case may hold: refused for who sends it, before what it holds is read (it was answered 200 with the field's error).
  const invalidSave = { ...save, body: Buffer.from(save.body.toString("utf8").replace("Bratislava's context.", "x".repeat(100_001))) };
  for (const [who, context] of [["anonymous", await contextOf(browser, null)], ["city editor", await contextOf(browser, "editor-rights-city@example.org", "editor rights city password")]] as const) {
    for (const [name, request] of [["save", save], ["invalid save", invalidSave], ["submit for review", submit]] as const) {
      expect((await replay(context, request, baseURL!)).status(), `${who}: ${name}`).toBe(403);
    }
    await context.close();
  }
  expect(await state()).toEqual(before);

  // The editor's own request, sent again, does what it says: the refusals above are the rights, not a broken replay.
  expect((await replay(page.context(), submit, baseURL!)).status()).toBe(200);
  expect((await state())[0]?.status).toBe("in_review");
  await db.end();
});

test("a city editor who reads in another city's document sees whose it is, and the save is refused by the city field, the form kept", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await addCityEditor(await (await browser.newContext()).newPage(), "other-city-document@example.org", "other city document password");
  await signIn(page, "other-city-document@example.org", "other city document password");
  await openNewCase(page);
  await page.getByLabel("Or paste the text").fill(readFileSync("tests/fixtures/cases/lund-variant.md", "utf8"));
  await page.getByRole("button", { name: "Read the document" }).click();
  const city = page.getByLabel("City", { exact: true });
  await expect(city.locator("option:checked")).toHaveText("Lund (not one you may choose)");
  expect(await city.locator("option").allTextContents()).not.toContain("Bratislava");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("As a city editor you can choose only your own cities");
  await expect(city.locator("option:checked")).toHaveText("Lund (not one you may choose)"); // named still, not "lund"
  await expect(page).toHaveURL(/\/edit\/cases\/new$/);
  await expect(page.getByRole("textbox", { name: "Introduction", exact: true })).not.toHaveValue("");
});

test("a link followed in the app to a page no longer this person's is the forbidden page, with its own title, and leaving it gives the next page's", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await addCityEditor(await (await browser.newContext()).newPage(), "moved-case-city@example.org", "moved case city password", "Wierzbno");
  await signIn(page, "moved-case-city@example.org", "moved case city password");
  const id = await createEmptyDraft(page, "Wierzbno", "Artificial Intelligence");
  // Meanwhile the case is moved to a city that is not theirs (as an editor may do in its City field).
  const db = e2eDatabase();
  await db`update cases set city_id = (select id from cities where slug = 'porto-sereno') where id = ${id}`;
  await db.end();
  await page.getByRole("link", { name: "History of this case" }).click();
  await expect(page).toHaveURL(new RegExp(`/edit/cases/${id}/history$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You may not do this");
  await expect(page).toHaveTitle("You may not do this · ekip Knowledge Bank");
  await page.getByRole("link", { name: "Cases to edit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("You may not do this");
  await expect(page).toHaveTitle("Cases to edit · ekip Knowledge Bank");
});

test("a city editor reads the editors' note as readers do, its Markdown rendered, and their save keeps it as written", async ({ browser }) => {
  test.setTimeout(90_000);
  const [email, password] = ["editors-note-city@example.org", "editors note city password"];
  const setUp = await (await browser.newContext()).newPage();
  await addCityEditor(setUp, email, password, "Saint-Etienne");
  await addPolicyArea(setUp, "Editors Note Test Area");
  await setUp.context().close();
  const { page: city, id } = await editorOfNewDraft(browser, "Saint-Etienne", "Editors Note Test Area", email, password);
  const editor = await editorOf(browser, id);
  const note = "The participants' list is **being checked** with the city.";
  await editor.getByLabel("Editors’ note (optional)").fill(note);
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByText("Saved as version 2.")).toBeVisible();
  await editor.context().close();

  await city.reload();
  await waitForEditor(city);
  const shown = city.getByRole("complementary", { name: "Note from ekip’s editors" });
  await expect(shown).toContainText("The participants' list is being checked with the city.");
  await expect(shown.getByRole("strong")).toHaveText("being checked");
  await expect(city.getByRole("textbox", { name: /Editors’ note/ })).toHaveCount(0);
  await expectNoAxeViolations(city);
  await field(city, "Context").fill("Corrected by the city.");
  await city.getByRole("button", { name: "Save", exact: true }).click();
  await expect(city.getByText("Saved as version 3.")).toBeVisible();
  await expect(shown.getByRole("strong")).toHaveText("being checked");
  const db = e2eDatabase();
  expect((await db`select editors_note from cases where id = ${id}`)[0]?.editors_note).toBe(note);
  await db.end();
  await city.context().close();
});
