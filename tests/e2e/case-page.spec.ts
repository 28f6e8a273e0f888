import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const CASE_URL = "/cases/saint-etienne-artificial-intelligence";

test("the home page links the published Saint-Etienne case", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Saint-Etienne/ }).first().click();
  await expect(page).toHaveURL(CASE_URL);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Saint-Etienne");
});

test("the case page shows every part of the document, accessibly", async ({ page }) => {
  const response = await page.goto(CASE_URL);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Saint-Etienne.*Artificial Intelligence/);
  // ekip's own word on the delivered document, told apart from it, above it.
  const note = page.getByRole("complementary", { name: "Note from ekip’s editors" });
  await expect(note).toContainText("speaks of the New European Bauhaus in Košice, not of artificial intelligence in Saint-Etienne");

  const contents = page.getByRole("navigation", { name: "Contents" });
  for (const name of ["Participants", "Context", "Innovation Portfolio", "Inventory", "Our Methods"]) {
    await expect(contents.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await contents.getByRole("link", { name: "Inventory", exact: true }).click();
  await expect(page).toHaveURL(/#inventory$/);

  const inventory = page.getByRole("table");
  await expect(inventory.getByRole("row")).toHaveCount(27);
  const usein = inventory.getByRole("row", { name: /USE'IN/ });
  await expect(usein).toContainText("Enhancement-oriented");
  await expect(usein).toContainText("Adaptive");
  await expect(usein).toContainText("High level on innovation");
  await expect(inventory.getByRole("row", { name: /Mission French Touch/ })).toContainText("Resource");

  await expect(page.getByRole("heading", { name: "Legal and ethical issues" })).toBeVisible();
  await expect(page.getByText("Cité du design – Ecole Supérieure d'Art et Design")).toBeVisible();
  await expect(page.getByText("Create a regional network of AI experts", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /saint-etienne\.fr/ })).toHaveAttribute("href", "https://www.saint-etienne.fr");
  await expectNoAxeViolations(page);
});

test("the page's head describes this case, labels sample content, and names the feed", async ({ page }) => {
  await page.goto(CASE_URL);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content",
    /^How Saint-Etienne, France, assessed Artificial Intelligence for its cultural and creative industries: 26 local actors by OPSI facet and \d+ recommendations\.$/);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  await expect(page).toHaveTitle(/^Saint-Etienne: Artificial Intelligence · /);
  // Reference managers and scholarly search engines read the citation from these.
  const meta = (name: string) => page.locator(`meta[name="${name}"]`);
  await expect(meta("citation_title")).toHaveAttribute("content", "City Case Description: Saint-Etienne – Artificial Intelligence");
  await expect(meta("citation_author")).toHaveAttribute("content", "ekip partnership");
  await expect(meta("citation_publication_date")).toHaveAttribute("content", /^20\d\d$/);
  await expect(meta("citation_public_url")).toHaveAttribute("content", /\/cases\/saint-etienne-artificial-intelligence$/);
  await page.goto("/cases/ballyvara-artificial-intelligence");
  await expect(page).toHaveTitle(/^Ballyvara: Artificial Intelligence \(Sample content - not an ekip case\) · /);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Sample content - not an ekip case\. How Ballyvara, Ireland, assessed /);
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
});

test("each conclusion and recommendation links its own address, and stands out when reached by it", async ({ page }) => {
  await page.goto(CASE_URL);
  const link = page.getByRole("link", { name: "Link to closing recommendation 3", exact: true });
  await expect(link).toHaveAttribute("href", "#findings-recommendation-3");
  await expect(page.getByRole("link", { name: "Link to main recommendation 3", exact: true })).toHaveAttribute("href", "#summary-recommendation-3");
  const recommendation = page.locator("#findings-recommendation-3");
  await expect(recommendation).toHaveCSS("outline-style", "none");
  await link.click();
  await expect(page).toHaveURL(/#findings-recommendation-3$/);
  await expect(recommendation).toHaveCSS("outline-style", "solid");
  await expect(recommendation).toContainText("Create a regional network of AI experts");
  // A policy area's list of recommendations leads to each one's own address.
  await page.goto("/policy-areas/artificial-intelligence");
  // Named with its case, which a screen reader's list of links would otherwise leave out.
  await expect(page.getByRole("link", { name: /^Recommendation 3 on its case's page of \S/ }).first()).toHaveAttribute("href", /^\/cases\/[a-z-]+#(summary|findings)-recommendation-3$/);
  await expectNoAxeViolations(page);
});

test("a comparison starts from a related case, and from a policy area's cases", async ({ page }) => {
  await page.goto(CASE_URL);
  const related = page.getByRole("link", { name: "Compare the two portfolios of Saint-Etienne: Artificial Intelligence and Ballyvara: Artificial Intelligence" });
  await expect(related).toHaveAttribute("href", "/compare?cases=saint-etienne-artificial-intelligence,ballyvara-artificial-intelligence");
  await page.goto("/policy-areas/artificial-intelligence");
  await page.getByRole("link", { name: /^Compare these \d cases side by side$/ }).click();
  await expect(page.getByRole("table", { name: "The innovation portfolios side by side" }).getByRole("columnheader")).toHaveCount(2);
});

test("the case page needs no JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CASE_URL);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Saint-Etienne");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(27);
  await context.close();
});

test("on a phone the page does not scroll sideways, nor the inventory, whose rows are cards that name their columns", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto(CASE_URL);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.getByRole("region", { name: /^Inventory of actors and resources/ });
  expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  // Still a table to a screen reader, its cells named by their column headers.
  const inventory = page.getByRole("table", { name: /^Inventory of actors and resources/ });
  await expect(inventory.getByRole("row")).toHaveCount(27);
  await expect(inventory.getByRole("columnheader")).toHaveText(["Actor", "Area of expertise", "Target group", "Innovation character (OPSI)"]);
  const usein = inventory.getByRole("row", { name: /USE'IN/ });
  await expect(usein.getByText("Area of expertise", { exact: true })).toBeVisible();
  await expect(usein.getByText("Area of expertise", { exact: true })).toHaveAttribute("aria-hidden", "true");
  await expect(usein.getByRole("cell", { name: "Local incubator", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

test("on a phone the contents are folded, so that the case's first words show on the first screen; on a wide screen they are not", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(CASE_URL);
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents).toBeHidden();
  const top = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  // 964 px down, below the first screen, while the dozen lines of contents stood open above it. The editors' note
  // comes first, on the first screen (it is about what follows), and the introduction right after it.
  const note = page.getByRole("complementary", { name: "Note from ekip’s editors" });
  const noteTop = await note.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  expect(noteTop).toBeLessThan(844);
  expect(await top("#introduction")).toBeLessThan(noteTop + 844);
  const fold = page.locator("summary", { hasText: "Contents" });
  await fold.click();
  await contents.getByRole("link", { name: "Main Conclusions and Recommendations" }).click();
  await expect(page).toHaveURL(/#summary$/);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CASE_URL);
  await expect(contents.getByRole("link", { name: "Inventory", exact: true })).toBeVisible();
  await expect(fold).toBeHidden();
  await context.close();
});

test("printed, the page drops the navigation and keeps the content", async ({ page }) => {
  await page.goto(CASE_URL);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Contents" })).toBeHidden();
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Note from ekip’s editors" })).toBeVisible();
});

test("an unknown case answers with a proper 404 page", async ({ page }) => {
  const response = await page.goto("/cases/atlantis-artificial-intelligence");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /home|knowledge bank/i }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const invalid = await page.goto("/cases/..%2F..%2Fetc");
  expect(invalid?.status()).toBe(404);
});
