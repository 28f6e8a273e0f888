import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const CASE_URL = "/cases/saint-etienne-artificial-intelligence";
const PARTNER_CITIES = ["Bratislava", "Košice", "Lund", "Rotterdam", "Saint-Etienne"];

test("the home page says what the knowledge bank is and leads to cases, policy areas, cities and recommendations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ekip Knowledge Bank");
  await expect(page.getByText(/EU-funded partnership/).first()).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search the cases" })).toBeVisible();

  const newest = page.getByRole("region", { name: "Newest cases" });
  await expect(newest.getByRole("link", { name: "Saint-Etienne: Artificial Intelligence" })).toHaveAttribute("href", CASE_URL);
  const featured = page.getByRole("region", { name: "Recommendations from the cases" });
  await expect(featured.getByRole("heading", { name: /Enhance Stakeholder Engagement/ })).toBeVisible();
  // A featured recommendation's link is named apart from its case's own, which leads elsewhere.
  await expect(featured.getByRole("link", { name: /^[^,]+: [^,]+, recommendation \d+$/ }).first()).toHaveAttribute("href", /^\/cases\/[a-z-]+#summary-recommendation-\d+$/);
  await expect(page.getByRole("region", { name: "Policy areas" }).getByRole("link", { name: "Artificial Intelligence" })).toHaveAttribute(
    "href",
    "/policy-areas/artificial-intelligence",
  );
  const cities = page.getByRole("region", { name: "Cities" });
  for (const city of PARTNER_CITIES) await expect(cities.getByRole("link", { name: city, exact: true })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Cases", "Compare", "Cities", "Policy areas", "Recommendations", "Actors"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "CC BY 4.0" })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/?$/);
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "ekip Knowledge Bank");
  await expectNoAxeViolations(page);
});

test("the home page search box searches the cases", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search the cases" }).fill("design");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/cases\?q=design$/);
  await expect(page.getByRole("link", { name: "Saint-Etienne: Artificial Intelligence" })).toBeVisible();
});

test("the cities page lists every partner city with its number of cases", async ({ page }) => {
  await page.goto("/cities");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cities");
  await expect(page).toHaveTitle(/^Cities · ekip Knowledge Bank$/);
  for (const city of PARTNER_CITIES) await expect(page.getByRole("heading", { level: 2, name: city })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Saint-Etienne" })).toContainText("1 published case");
  await expect(page.getByRole("listitem").filter({ hasText: "Lund" })).toContainText("No published case yet");
  await expectNoAxeViolations(page);
});

test("a city page shows its facts, its cases and its OPSI facet profile as a chart and a table", async ({ page }) => {
  await page.goto("/cities/saint-etienne");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saint-Etienne");
  await expect(page.getByText("France", { exact: true })).toBeVisible();
  await expect(page.getByText("172,000")).toBeVisible();
  await expect(page.getByText(/UNESCO Creative City of Design/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Cases" }).getByRole("link", { name: "Saint-Etienne: Artificial Intelligence" })).toHaveAttribute("href", CASE_URL);

  const profile = page.getByRole("figure", { name: /OPSI facets in the inventories of Saint-Etienne/ });
  const table = profile.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /Mission-oriented/ })).toContainText("18");
  await expect(table.getByRole("row", { name: /Anticipatory/ })).toContainText("1");
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  // On paper the bars, each with its number, say it once (both took a second sheet for a few lines).
  await expect(profile.locator(".bar").first()).toBeVisible();
  await expect(table).toBeHidden();
});

test("a partner city without cases says so", async ({ page }) => {
  await page.goto("/cities/lund");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lund");
  await expect(page.getByText("Lund has no published case yet.")).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the policy areas lead to their cases across cities and all their recommendations", async ({ page }) => {
  await page.goto("/policy-areas");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Artificial Intelligence" }).click();
  await expect(page).toHaveURL("/policy-areas/artificial-intelligence");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Artificial Intelligence");
  await expect(page.getByRole("region", { name: "Cases" }).getByRole("link", { name: "Saint-Etienne: Artificial Intelligence" })).toBeVisible();

  const recommendations = page.getByRole("region", { name: "Recommendations" });
  // Saint-Etienne's six, and the seven of the sample case of Ballyvara.
  await expect(recommendations.getByRole("listitem")).toHaveCount(13);
  await expect(recommendations.getByText("Create a regional network of AI experts", { exact: true })).toBeVisible();
  await expect(recommendations.getByRole("link", { name: "main conclusions and recommendations of Saint-Etienne, France" }).and(page.locator(`[href="${CASE_URL}#summary"]`))).toBeVisible();
  await expect(recommendations.getByRole("link", { name: "closing conclusions and recommendations of Saint-Etienne, France" }).and(page.locator(`[href="${CASE_URL}#findings"]`))).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an actor page shows every case the organisation appears in, reached from the case's inventory", async ({ page }) => {
  await page.goto(CASE_URL);
  await page.getByRole("table").getByRole("link", { name: "USE'IN" }).click();
  await expect(page).toHaveURL("/actors/usein");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("USE'IN");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("Appears in 1 case");
  await expect(page.getByRole("link", { name: "Saint-Etienne: Artificial Intelligence" })).toHaveAttribute("href", CASE_URL);
  await expect(page.getByText("Enhancement-oriented").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /See it in the case.*in the inventory/ })).toHaveAttribute("href", `${CASE_URL}#inventory`);
  await expectNoAxeViolations(page);

  await page.goto("/actors/city-of-saint-etienne");
  await expect(page.getByRole("heading", { name: "Workshop participant" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Stakeholder in the innovation portfolio" })).toBeVisible();
  await expect(page.getByText("City of Saint-Etienne, Design management (Local Authorities)")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the actors are listed by name, found by a part of it without its accents, and narrowed to a facet, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actors" }).click();
  await expect(page).toHaveURL("/actors");
  await expect(page.getByRole("status")).toHaveText(/^\d+ actors in the published cases\.$/);
  await page.getByRole("searchbox", { name: "Find an actor by name" }).fill("ÉCOLE des mines");
  await page.getByRole("button", { name: "Search" }).click();
  // Without JavaScript the form sends its empty city too ("any city").
  await expect(page).toHaveURL("/actors?q=%C3%89COLE+des+mines&city=");
  await expect(page.getByRole("status")).toHaveText("1 actor matches.");
  await page.getByRole("link", { name: "Ecole des Mines" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ecole des Mines");
  // Also by a name a case gives it, which its page shows as another spelling.
  await page.goto("/actors?q=cultural+affairs");
  await expect(page.getByRole("status")).toHaveText("1 actor matches.");
  await page.getByRole("link", { name: "City of Saint-Etienne", exact: true }).click();
  await expect(page.getByText("City of Saint-Etienne, Cultural Affairs Department").first()).toBeVisible();

  await page.goto("/actors?facet=adaptive");
  await expect(page.getByRole("link", { name: "Adaptive in an inventory" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("link", { name: "USE'IN" })).toBeVisible();
  await expect(page.getByRole("link", { name: "City of Saint-Etienne", exact: true })).toHaveCount(0);
  // The facet chosen is said in words, on paper too, where the facet links are left out.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("listitem").filter({ hasText: "OPSI facet in an inventory: Adaptive" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Innovation facet" })).toBeHidden();
  // On paper the footer is the licence line alone, so that it never needs a sheet of its own.
  await expect(page.getByRole("contentinfo")).toHaveText(/^\s*Content licensed under CC BY 4\.0\s+unless stated otherwise\.\s*$/, { useInnerText: true });
  await page.emulateMedia({ media: "screen" });
  await page.goto("/actors?facet=visionary&page=0");
  await expect(page.getByRole("status").filter({ hasText: "not understood and left out" })).toContainText("facet=visionary");
  // A page past the last (an old link, a typed address) says so, as /cases does (tests/e2e/search.spec.ts).
  const response = await page.goto("/actors?facet=adaptive&page=99");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("There is no page 99: the results fit on 1 page.")).toBeVisible();
  await expect(page.getByRole("link", { name: "the first page" })).toHaveAttribute("href", "/actors?facet=adaptive");
  await expect(page).toHaveTitle(/^Actors: there is no page 99 · /);
  await context.close();
});

test("the actors are narrowed to a city's inventories beside a facet, and the box says how words are read, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/actors?facet=adaptive");
  const words = page.getByRole("searchbox", { name: "Find an actor by name" });
  await expect(words).toHaveAccessibleDescription(/Put a phrase in quotes .* a minus before a word to leave it out \(-museum\), or OR between two words/);
  await expect(page.getByRole("link", { name: "Foley Lane Audio" })).toBeVisible();
  await page.getByRole("combobox", { name: "City whose inventories name it" }).selectOption({ label: "Saint-Etienne" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/actors?q=&city=saint-etienne&facet=adaptive");
  await expect(page.getByRole("link", { name: "USE'IN" })).toBeVisible();
  // Adaptive in Ballyvara's inventory, not in Saint-Etienne's.
  await expect(page.getByRole("link", { name: "Foley Lane Audio" })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "City whose inventories name it: Saint-Etienne" })).toBeVisible();
  // The facet links keep the city, and the city's removal keeps the facet.
  await expect(page.getByRole("link", { name: "Every actor" })).toHaveAttribute("href", "/actors?city=saint-etienne");
  await expect(page.getByRole("link", { name: "Remove city whose inventories name it Saint-Etienne" })).toHaveAttribute("href", "/actors?facet=adaptive");
  // A minus leaves out the names that hold the word: the city's own, and those its cases give it ("Cultural Affairs Department").
  await page.goto("/actors?q=saint");
  await expect(page.getByRole("link", { name: "City of Saint-Etienne", exact: true })).toBeVisible();
  await words.fill("saint -cultural");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText(/^\d+ actors? match(es)?\.$/);
  await expect(page.getByRole("link", { name: "City of Saint-Etienne", exact: true })).toHaveCount(0);
  await page.goto("/actors?q=usein+OR+lightlab");
  await expect(page.getByRole("status")).toHaveText("2 actors match.");
  await context.close();
});

test("a reader's page typed in capitals or in the name's own letters is sent to its own; files and the API are not", async ({ request }) => {
  for (const [path, to] of [
    ["/cases/Saint-Etienne-Artificial-Intelligence", CASE_URL],
    [`/cities/${encodeURIComponent("Saint-Étienne")}`, "/cities/saint-etienne"],
    [`/cities/${encodeURIComponent("Košice")}`, "/cities/kosice"],
    [`/cities/${encodeURIComponent("Θεσσαλονίκη")}`, "/cities/thessaloniki"],
    ["/cases/SAINT-ETIENNE-ARTIFICIAL-INTELLIGENCE/print?x=1", `${CASE_URL}/print?x=1`],
    ["/cities/Lund", "/cities/lund"],
    ["/actors/LightLab", "/actors/lightlab"],
    ["/policy-areas/Artificial-Intelligence", "/policy-areas/artificial-intelligence"],
  ]) {
    const response = await request.get(path!, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    const location = new URL(response.headers().location!, "http://localhost");
    expect(`${location.pathname}${location.search}`, path).toBe(to);
  }
  expect((await request.get("/cases/Saint-Etienne-Artificial-Intelligence")).status()).toBe(200);
  // Letters that spell no slug at all are not found, not sent on.
  expect((await request.get(`/cities/${encodeURIComponent("«»")}`, { maxRedirects: 0 })).status()).toBe(404);
  // Programs get what they asked for: an address no case can have (tests/e2e/editing/fuzz-routes.spec.ts).
  expect((await request.get("/cases/Saint-Etienne-Artificial-Intelligence/export.json", { maxRedirects: 0 })).status()).toBe(400);
});

test("the list of actors passes axe and fits a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  // An actor only sample cases name says so, as those cases do.
  await page.goto("/actors?q=screen+west");
  await expect(page.getByRole("listitem").filter({ hasText: "Screen West Ballyvara" })).toContainText("Sample content - not an ekip case");
  await page.goto("/actors?q=saint");
  await expect(page.getByRole("link", { name: "City of Saint-Etienne", exact: true })).toBeVisible();
  // A search by name is no page of its own for search engines; a page of the list is.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/actors$/);
  await page.goto("/actors?facet=mission&page=1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/actors\?facet=mission$/);
  await page.goto("/actors?q=saint");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await context.close();
});

for (const path of ["/cities/atlantis", "/cities/Not_A_Slug", "/actors/nobody-at-all", "/actors/..%2F..%2Fetc", "/policy-areas/underwater-basket-weaving"]) {
  test(`${path} answers with a proper 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNoAxeViolations(page);
  });
}
