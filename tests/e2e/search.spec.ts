import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./session";

const CASE_LINK = { name: "Saint-Etienne: Artificial Intelligence" };

// axe-core runs inside the page, so pages seen without JavaScript are checked again in a normal context.
async function withoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("searching “ecole superieure” finds the Saint-Etienne case with the words marked", async ({ page }) => {
  await page.goto("/cases");
  await expectNoAxeViolations(page);
  await page.getByRole("searchbox", { name: "Search the cases" }).fill("ecole superieure");
  await page.getByRole("searchbox", { name: "Search the cases" }).press("Enter");
  await expect(page).toHaveURL(/\/cases\?q=ecole\+superieure$/);
  await expect(page.getByRole("heading", { level: 2, name: "1 case matching “ecole superieure”" })).toBeVisible();
  // The title says the search too: tabs, the history and screen readers tell one search from another.
  await expect(page).toHaveTitle(/^Cases: 1 case matching “ecole superieure” · /);
  const hit = page.getByRole("listitem").filter({ has: page.getByRole("link", CASE_LINK) });
  await expect(hit.locator("mark").first()).toHaveText(/^(Ecole|Supérieure|supérieure)$/);
  await expect(hit).not.toContainText("\u0002");
  await expectNoAxeViolations(page);
});

test("the methods used are searched: “LIEPT” finds every case that used that model, the word marked", async ({ page }) => {
  await page.goto("/cases?q=LIEPT");
  // The delivered case and the three samples.
  await expect(page.getByRole("heading", { level: 2, name: "4 cases matching “LIEPT”" })).toBeVisible();
  const hit = page.getByRole("listitem").filter({ has: page.getByRole("link", CASE_LINK) });
  await expect(hit.locator("mark").first()).toHaveText("LIEPT");
});

test("the search box says how words are read, and a phrase in quotes is named as typed", async ({ page }) => {
  await page.goto("/cases");
  await expect(page.getByRole("searchbox", { name: "Search the cases" })).toHaveAccessibleDescription(/Put a phrase in quotes .* a minus before a word to leave it out/);
  await page.getByRole("searchbox", { name: "Search the cases" }).fill('"shared materials"');
  await page.getByRole("searchbox", { name: "Search the cases" }).press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: '1 case matching "shared materials"' })).toBeVisible();
  await expect(page.getByRole("link", { name: 'Remove search "shared materials"' })).toBeVisible();
});

test("a British or American spelling finds the other one the case writes: on /cases, /recommendations and the API", async ({ page, request }) => {
  const hit = page.getByRole("listitem").filter({ has: page.getByRole("link", CASE_LINK) });
  await page.goto("/cases?q=harmonize");
  await expect(page.getByRole("heading", { level: 2, name: "1 case matching “harmonize”" })).toBeVisible();
  await expect(hit.locator("mark").first()).toHaveText("harmonise");
  // The case writes "standardization": found, though its snippet cannot mark it (decision 0018).
  await page.goto("/cases?q=standardisation");
  await expect(page.getByRole("heading", { level: 2, name: "1 case matching “standardisation”" })).toBeVisible();
  await expect(hit).toBeVisible();
  await page.goto("/recommendations?q=harmonize");
  await expect(page.getByRole("heading", { level: 2, name: "1 recommendation matching “harmonize”" })).toBeVisible();
  await expect(page.locator("mark")).toHaveText(["harmonise"]);
  const api = (await (await request.get("/api/v1/cases?q=harmonize")).json()) as { data: Array<{ slug: string }> };
  expect(api.data.map((c) => c.slug)).toEqual(["saint-etienne-artificial-intelligence"]);
});

test("signed in, a filter link followed within the app puts focus on the heading that says what is shown now", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/cases");
  await expect(page.getByRole("heading", { level: 2, name: /published case/ })).not.toBeFocused();
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("link", { name: /^Saint-Etienne \(\d+ cases? \)/ }).click();
  await expect(page).toHaveURL(/city=saint-etienne/);
  await expect(page.getByRole("heading", { level: 2, name: /found$/ })).toBeFocused();
  // Within the app, not a new page: focus would have fallen to the page.
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  // The next Tab goes on into the results, not back to the top of the page.
  await page.keyboard.press("Tab");
  await expect(page.locator('section[aria-labelledby="results-heading"] :focus')).toHaveCount(1);
});

test("facets and search work without JavaScript, and the address holds the whole search", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser);
  await page.goto("/cases");
  await page.getByRole("searchbox", { name: "Search the cases" }).fill("design");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/cases\?q=design$/);

  const filters = page.getByRole("navigation", { name: "Filter cases" });
  await filters.getByRole("link", { name: /^France \(1 case/ }).click();
  await expect(page).toHaveURL(/\/cases\?q=design&country=FR$/);
  await filters.getByRole("link", { name: /^Mission-oriented \(1 case/ }).click();
  await expect(page).toHaveURL(/\/cases\?q=design&country=FR&facet=mission$/);
  await expect(page.getByRole("link", CASE_LINK)).toBeVisible();
  const chosen = filters.getByRole("link", { name: /Mission-oriented.*selected/ });
  await expect(chosen).toHaveAttribute("aria-current", "true");

  // A new search keeps the chosen facets.
  await page.getByRole("searchbox", { name: "Search the cases" }).fill("artificial");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/cases\?q=artificial&country=FR&facet=mission$/);

  await filters.getByRole("link", { name: /Mission-oriented.*selected/ }).click();
  await expect(page).toHaveURL(/\/cases\?q=artificial&country=FR$/);
  await page.getByRole("link", { name: "Remove search “artificial”" }).click();
  await expect(page).toHaveURL(/\/cases\?country=FR$/);
  await context.close();
});

test("cases are filtered by the year of their workshop; a case without a workshop date has no year", async ({ page }) => {
  await page.goto("/cases");
  const filters = page.getByRole("navigation", { name: "Filter cases" });
  await filters.getByRole("link", { name: /^2025 \(2 cases/ }).click();
  await expect(page).toHaveURL(/\/cases\?year=2025$/);
  const hits = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading") });
  await expect(hits).toHaveCount(2);
  await expect(hits.filter({ hasText: "Ballyvara" })).toContainText("Ireland · 2025");
  await expect(hits.filter({ hasText: "Porto Sereno" })).toContainText("· 2025");
  await filters.getByRole("link", { name: /^2024 \(1 case/ }).click();
  await expect(page).toHaveURL(/\/cases\?year=2024$/);
  await expect(page.getByRole("main")).toContainText("Wierzbno");
  await expect(page.getByRole("main")).not.toContainText("Saint-Etienne: Artificial Intelligence");
});

test("the pages of a search with chosen facets pass axe", async ({ page }) => {
  for (const path of ["/cases?q=design&country=FR&facet=mission", "/recommendations", "/recommendations?q=network&city=saint-etienne"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("a facet combination without results says so and suggests removing a facet", async ({ page }) => {
  await page.goto("/cases?country=FR&stakeholder=civil_society");
  await expect(page.getByRole("heading", { level: 2, name: "0 cases found" })).toBeVisible();
  await expect(page.getByText("No case matches this search.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Remove stakeholder category: Civil society" }).click();
  await expect(page).toHaveURL(/\/cases\?country=FR$/);
  await expect(page.getByRole("link", CASE_LINK)).toBeVisible();
});

test("a search of only very common words says that they are left out of every search", async ({ page }) => {
  const hint = "leaves nothing to search for: very common words such as “the” or “and”, and punctuation, are left out of every search. Try more specific words.";
  await page.goto("/cases?q=the+and");
  await expect(page.getByText(`“the and” ${hint}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/recommendations?q=of+the");
  await expect(page.getByText(`“of the” ${hint}`)).toBeVisible();
  await page.goto("/cases?q=zeppelin");
  await expect(page.getByText("No case matches this search.")).toBeVisible();
  await expect(page.getByText(hint)).toHaveCount(0);
});

test("a misspelt word is offered as the published cases spell it, without JavaScript, the filters kept", async ({ browser, page: checked }) => {
  const { context, page } = await withoutJavaScript(browser);
  await page.goto("/cases?q=Innovaton&country=FR");
  await expect(page.getByRole("heading", { level: 2, name: "0 cases matching “Innovaton”" })).toBeVisible();
  const suggestion = page.getByRole("link", { name: "Innovation", exact: true });
  await expect(suggestion).toHaveAttribute("href", "/cases?q=Innovation&country=FR");
  await expect(page.getByText("Did you mean Innovation?")).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove country: France" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse by city" })).toHaveAttribute("href", "/cities");
  await expect(page.getByRole("link", { name: "Browse by policy area" })).toHaveAttribute("href", "/policy-areas");
  await suggestion.click();
  await expect(page.getByRole("heading", { level: 2, name: "1 case matching “Innovation”" })).toBeVisible();
  await expect(page.getByText("Did you mean")).toHaveCount(0);

  await page.goto("/recommendations?q=poolling+resources");
  await page.getByRole("link", { name: "pooling resources", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "1 recommendation matching “pooling resources”" })).toBeVisible();
  await context.close();
  await checked.goto("/cases?q=Innovaton&country=FR");
  await expectNoAxeViolations(checked);
  // With the filters chosen the correction finds nothing: it is offered in all cases, and says so.
  await checked.goto("/cases?q=videofromes&country=PL");
  await expect(checked.getByText("Did you mean videoformes (in all cases: with the filters chosen it finds none)?")).toBeVisible();
  await expect(checked.getByRole("link", { name: "videoformes", exact: true })).toHaveAttribute("href", "/cases?q=videoformes");
  await expectNoAxeViolations(checked);
  // Nothing published is like it: nothing to offer.
  await checked.goto("/cases?q=zzyzzx");
  await expect(checked.getByText("Did you mean")).toHaveCount(0);
});

test("words that find nothing together offer any of them, a link that finds each", async ({ page }) => {
  await page.goto("/cases?q=videoformes+ballyvara");
  await expect(page.getByText("No case matches this search.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Find any of the words: videoformes OR ballyvara" }).click();
  await expect(page).toHaveURL(/\/cases\?q=videoformes\+OR\+ballyvara$/);
  await expect(page.getByRole("heading", { level: 2, name: "2 cases matching “videoformes OR ballyvara”" })).toBeVisible();
});

test("a bad parameter is named, left out, and the cases still show", async ({ page }) => {
  await page.goto("/cases?year=abc&facet=nope&utm_source=newsletter&utm_source=feed&country=FR&country=BE");
  const message = page.getByRole("status");
  await expect(message).toContainText("year=abc");
  await expect(message).toContainText("a year such as 2024");
  await expect(message).toContainText("facet=nope");
  await expect(message).toContainText("one of enhancement, mission, adaptive, anticipatory");
  await expect(message).not.toContainText("utm_source");
  await expect(message).toContainText("country=BE: given more than once: only the first value, FR, is used");
  await expect(page.getByRole("link", CASE_LINK)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a phrase in guillemets or German quotation marks is searched as a phrase, and named as typed", async ({ page }) => {
  for (const q of ['"public space"', "«public space»", "„public space“"]) {
    await page.goto(`/cases?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("heading", { level: 2, name: `1 case matching ${q}` }), q).toBeVisible();
  }
  await page.goto("/cases?q=public+space");
  await expect(page.getByRole("heading", { level: 2, name: /^[2-9] cases matching “public space”$/ })).toBeVisible();
});

test("a page past the last says so, the same on /cases, /recommendations and /actors: 404, not indexed, and the way back without JavaScript", async ({ browser, page }) => {
  const { context, page: withoutScripts } = await withoutJavaScript(browser);
  const pages = [
    ["/cases?page=3", "There is no page 3: the results fit on 1 page.", /\/cases$/],
    ["/recommendations?q=network&page=2", "There is no page 2: the results fit on 1 page.", /\/recommendations\?q=network$/],
    ["/actors?facet=adaptive&page=99", "There is no page 99: the results fit on 1 page.", /\/actors\?facet=adaptive$/],
  ] as const;
  for (const [path, message, firstPage] of pages) {
    const response = await withoutScripts.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(await response!.text(), path).not.toContain("__next_f"); // a reader's page, as every other: no framework
    await expect(withoutScripts.getByText(message), path).toBeVisible();
    // Not indexed, and no canonical address that would fold it into the list's first page.
    await expect(withoutScripts.locator('meta[name="robots"]'), path).toHaveAttribute("content", /noindex/);
    await expect(withoutScripts.locator('link[rel="canonical"]'), path).toHaveCount(0);
    await withoutScripts.getByRole("link", { name: "the first page" }).click();
    await expect(withoutScripts, path).toHaveURL(firstPage);
  }
  await context.close();
  await page.goto(pages[0][0]);
  await expect(page.getByText(pages[0][1])).toBeVisible();
  await expectNoAxeViolations(page);
});

test("on a 320 px phone the search page does not scroll sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  // Words and values without a place to break (a long search word, an unknown city's slug) wrap too.
  const long = "x".repeat(45);
  for (const path of ["/cases", "/cases?q=ecole+superieure&city=saint-etienne", "/recommendations", `/cases?q=${long}`, `/cases?city=${"abcdefghij".repeat(4)}`, `/recommendations?q=${long}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto("/cases");
  await expectNoAxeViolations(page);
  await context.close();
});

test("recommendations are filtered and searched without JavaScript, each linked to its case and city", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser);
  await page.goto("/recommendations");
  await expect(page.getByRole("heading", { level: 2, name: "6 recommendations" })).toBeVisible();

  await page.getByRole("combobox", { name: "City" }).selectOption({ label: "Saint-Etienne (6)" });
  await page.getByRole("searchbox", { name: "Words in the recommendation" }).fill("network");
  await page.getByRole("button", { name: "Show recommendations" }).click();
  await expect(page).toHaveURL(/\/recommendations\?q=network&city=saint-etienne&country=&policyArea=$/);
  await expect(page.getByRole("heading", { level: 2, name: "1 recommendation matching “network”" })).toBeVisible();
  await expect(page).toHaveTitle(/^Recommendations: 1 recommendation matching “network” · /);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "3. Create a regional network of AI experts" }) });
  await expect(item.getByRole("link", CASE_LINK)).toHaveAttribute("href", "/cases/saint-etienne-artificial-intelligence#findings-recommendation-3");
  await expect(item.getByRole("link", { name: "Saint-Etienne", exact: true })).toHaveAttribute("href", "/cities/saint-etienne");
  await expect(page.getByRole("combobox", { name: "City" })).toHaveValue("saint-etienne");
  // The link lands on that one recommendation of the case, which can be cited by it.
  await item.getByRole("link", CASE_LINK).click();
  await expect(page.locator(":target")).toContainText("Create a regional network of AI experts");

  await page.goto("/recommendations?q=zeppelin");
  await expect(page.getByText("No recommendation matches this search.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove search: “zeppelin”" })).toHaveAttribute("href", "/recommendations");
  await context.close();
});

test("on a phone the recommendations' choices are folded unless one is made, so that the results start on the first screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/recommendations");
  const city = page.getByRole("combobox", { name: "City" });
  await expect(city).toBeHidden();
  // 987 px down, below the first screen, while the three choices stood open above it.
  expect(await page.locator("#results-heading").evaluate((e) => e.getBoundingClientRect().top + window.scrollY)).toBeLessThan(844);
  await page.getByText("City, country or policy area", { exact: true }).click();
  await city.selectOption("saint-etienne");
  await page.getByRole("button", { name: "Show recommendations" }).click();
  await expect(page).toHaveURL(/\/recommendations\?city=saint-etienne$/);
  // What was chosen is shown, not folded away.
  await expect(city).toBeVisible();
  await expect(city).toHaveValue("saint-etienne");
  await expectNoAxeViolations(page);
  // On a wider screen nothing is folded.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/recommendations");
  await expect(city).toBeVisible();
  await expect(page.getByText("City, country or policy area", { exact: true })).toBeHidden();
  await context.close();
});

test("with JavaScript, a search form sends only the fields filled in, so its address is short", async ({ page }) => {
  await page.goto("/recommendations");
  await page.getByRole("combobox", { name: "City" }).selectOption({ label: "Saint-Etienne (6)" });
  await page.getByRole("searchbox", { name: "Words in the recommendation" }).fill("network");
  await page.getByRole("button", { name: "Show recommendations" }).click();
  await expect(page).toHaveURL("/recommendations?q=network&city=saint-etienne");
  await expect(page.getByRole("heading", { level: 2, name: "1 recommendation matching “network”" })).toBeVisible();
  await expect(page).toHaveTitle(/^Recommendations: 1 recommendation matching “network” · /);
});

test("a recommendation search marks the matched words, and a bad parameter is named", async ({ page }) => {
  await page.goto("/recommendations?q=ecosystem&country=France");
  await expect(page.getByRole("status")).toContainText("country=France");
  await expect(page.locator("mark").first()).toHaveText("ecosystem");
  // By weight too, not by a pale background alone (WCAG 1.4.1).
  await expect(page.locator("mark").first()).toHaveCSS("font-weight", "600");
  await expectNoAxeViolations(page);
  // A title shown as a heading of its own is marked too, not only the text below it.
  await page.goto("/recommendations?q=engagement");
  await expect(page.getByRole("heading", { name: "1. Enhance Stakeholder Engagement" }).locator("mark")).toHaveText("Engagement");
});

test("a recommendation whose body opens with its title reads as one sentence, the title once, searched or not", async ({ page }) => {
  await page.goto("/recommendations?q=interdisciplinary");
  const ranked = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "1. Interdisciplinary training", exact: true }) });
  await expect(ranked).toContainText("1. Interdisciplinary training on AI knowledge for CCIs professionals");
  expect((await ranked.innerText()).match(/Interdisciplinary training/g)).toHaveLength(1);
  await expectNoAxeViolations(page);

  // Not searched, the list reads case by case, numbered as in the case (the list's own numbers).
  await page.goto("/recommendations?city=saint-etienne");
  const listed = page.getByRole("listitem").filter({ hasText: "Interdisciplinary training on AI knowledge for CCIs professionals" });
  await expect(listed).toHaveAttribute("value", "1");
  expect((await listed.innerText()).match(/Interdisciplinary training/g)).toHaveLength(1);
  await expectNoAxeViolations(page);
  // A word matched in the title is marked there too.
  await page.goto("/recommendations?q=charter");
  await expect(page.getByRole("heading", { name: /local charter/ }).locator("mark")).toHaveText(["charter"]);
});

test("a search too long to run is named by its start and its length, not quoted back whole", async ({ page }) => {
  const q = Array(300).fill("culture").join(" ");
  await page.goto(`/cases?q=${encodeURIComponent(q)}`);
  const notice = page.getByRole("status").filter({ hasText: "not understood" });
  await expect(notice).toContainText(`q=${q.slice(0, 60)}… (2,399 characters): at most 200 characters`);
  expect((await notice.innerText()).length).toBeLessThan(300);
});

test("not searched, recommendations are listed case by case under each case's name and part, numbered as there", async ({ page }) => {
  await page.goto("/recommendations");
  const results = page.getByRole("region", { name: /recommendations$/ });
  const cases = results.getByRole("heading", { level: 3 });
  await expect(cases.first()).toBeVisible();
  const names = await cases.allInnerTexts();
  expect(names).toContain("Saint-Etienne: Artificial Intelligence");
  expect(new Set(names).size, "each case once on a page").toBe(names.length);
  // Every part's list restarts at 1 under its own heading, and says where in the case it stands.
  const parts = results.getByRole("heading", { level: 4 });
  for (const part of await parts.all()) await expect(part).toHaveText(/^From the (main|closing) conclusions and recommendations of [^:]+: .+$/);
  const firstNumbers = await results.locator("ol").evaluateAll((lists) => lists.map((list) => list.querySelector("li")?.getAttribute("value")));
  expect(firstNumbers.length).toBe(await parts.count());
  expect(new Set(firstNumbers)).toEqual(new Set(["1"]));
  await expect(results.getByRole("link", { name: "Saint-Etienne: Artificial Intelligence", exact: true })).toHaveAttribute("href", "/cases/saint-etienne-artificial-intelligence");
});

test("recommendation filters that match nothing together are still named, not shown as codes", async ({ page }) => {
  await page.goto("/recommendations?city=wierzbno&country=IE");
  await expect(page.getByRole("link", { name: "Remove city: Wierzbno" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove country: Ireland" })).toBeVisible();
  await expect(page.getByLabel("Country")).toHaveValue("IE");
  await expect(page.getByLabel("Country").locator("option:checked")).toHaveText("Ireland (0)");
});
