import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { addCityEditor } from "../replay";
import { signIn } from "../session";

const linksOf = (page: Page) => page.getByRole("navigation", { name: "Editing" }).getByRole("link");

test("a signed-in person finds the editors' pages they may open on every editors' page, the one they are on marked", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/edit/quality");
  await expect(linksOf(page)).toHaveText(["Cases to edit", "New case", "Quality", "Organisations", "City catalog", "Policy area catalog", "People and roles", "Audit log", "admin@example.org: account and sign out"]);
  await expect(linksOf(page).filter({ hasText: "Quality" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator('nav[aria-label="Editing"] [aria-current]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  // On a page within one of them (here a case's editor) that one is marked, as the part of the site, not the page.
  await page.goto("/edit");
  await page.getByRole("link", { name: /^Saint-Etienne: Artificial Intelligence/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit Saint-Etienne");
  await expect(linksOf(page).filter({ hasText: "Cases to edit" })).toHaveAttribute("aria-current", "true");
  await expect(page.locator('nav[aria-label="Editing"] [aria-current]')).toHaveCount(1);
  await page.goto("/edit/cases/new");
  await expect(linksOf(page).filter({ hasText: "New case" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator('nav[aria-label="Editing"] [aria-current]')).toHaveCount(1);
  // Each link leads to a page headed with its own words.
  for (const label of ["Cases to edit", "New case", "Quality", "Organisations", "City catalog", "Policy area catalog", "People and roles", "Audit log"]) {
    await linksOf(page).filter({ hasText: label }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${label}`));
  }
  await linksOf(page).filter({ hasText: "account and sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
});

test("a city editor's list holds only what a city editor may open; signed out, the sign-in page has none", async ({ page, browser }) => {
  await addCityEditor(page, "editor-nav-city@example.org", "editor nav city password");
  const cityEditor = await (await browser.newContext()).newPage();
  await signIn(cityEditor, "editor-nav-city@example.org", "editor nav city password");
  await cityEditor.goto("/edit");
  await expect(linksOf(cityEditor)).toHaveText(["Cases to edit", "New case", "Quality", "editor-nav-city@example.org: account and sign out"]);
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/sign-in");
  await expect(anonymous.getByRole("navigation", { name: "Editing" })).toHaveCount(0);
  await cityEditor.context().close();
  await anonymous.context().close();
});
