import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { addCityEditor, capture, contextOf } from "../replay";
import { e2eDatabase, signIn } from "../session";

// Other editing tests run at the same time on the same database: this one touches only a city and a
// policy area of its own, and two organisations that only sample cases no other test edits name.
const KEEP = { slug: "festival-maresia", name: "Festival Maresia", case: "porto-sereno-new-european-bauhaus" };
const MERGE = { slug: "festiwal-dzwieki-laki", name: "Festiwal Dźwięki Łąki", case: "wierzbno-green-transition" };

test("an editor adds a city, is told when its slug is taken, and edits it; the public page follows", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/edit/cities");
  await expectNoAxeViolations(page);
  const add = page.getByRole("region", { name: "Add a city" });
  await add.getByRole("button", { name: "Add city" }).click();
  await expect(add.getByText("There is a problem")).toBeVisible();
  await expect(add.getByRole("link", { name: "Enter a name" })).toHaveAttribute("href", "#new-name");
  // Focus goes to the answer (the summary), not to the page.
  await expect(add.getByRole("status").filter({ hasText: "There is a problem" })).toBeFocused();
  // Each problem is beside its field too, which says it is wrong.
  await expect(add.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Name", { exact: true })).toHaveAccessibleDescription("Enter a name");
  await expectNoAxeViolations(page);

  await add.getByLabel("Name", { exact: true }).fill("Gentbrugge Catalog Test");
  await add.getByLabel(/Country code/).fill("be");
  await add.getByLabel("Country", { exact: true }).fill("Belgium");
  await add.getByLabel(/Population/).fill("21 000");
  await add.getByRole("button", { name: "Add city" }).click();
  await expect(add.getByText("Gentbrugge Catalog Test added, at /cities/gentbrugge-catalog-test.")).toBeVisible();
  await expect(add.getByRole("status").filter({ hasText: "Gentbrugge Catalog Test added" })).toBeFocused();
  // Added: the form is empty for the next city, and no field is marked wrong any more.
  await expect(add.getByLabel("Name", { exact: true })).toHaveValue("");
  await expect(add.getByLabel("Name", { exact: true })).not.toHaveAttribute("aria-invalid");
  await add.getByLabel("Name", { exact: true }).fill("Gentbrugge Catalog Test");
  await add.getByLabel(/Country code/).fill("be");
  await add.getByLabel("Country", { exact: true }).fill("Belgium");
  await add.getByRole("button", { name: "Add city" }).click();
  // The slug was left empty, so made from the name: the name is the field marked.
  const taken = "A city with the slug gentbrugge-catalog-test exists already: the slug is made from the name, so choose another name or give a slug";
  await expect(add.getByRole("link", { name: taken })).toBeVisible();
  await expect(add.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(new RegExp(taken));

  await page.goto("/edit/cities");
  await page.getByRole("link", { name: "Edit Gentbrugge Catalog Test" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Gentbrugge Catalog Test" })).toBeVisible();
  await expect(page).toHaveTitle(/^Edit Gentbrugge Catalog Test\b/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Name", { exact: true }).fill("Gentbrugge (catalog test)");
  await page.getByLabel("Description (optional)").fill("A district of **Ghent**, written by the catalog test.");
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByText("Gentbrugge (catalog test) saved.")).toBeVisible();
  await page.goto("/cities/gentbrugge-catalog-test");
  await expect(page.getByRole("heading", { level: 1, name: "Gentbrugge (catalog test)" })).toBeVisible();
  await expect(page.getByText("A district of Ghent, written by the catalog test.")).toBeVisible();
  await expect(page.locator("strong", { hasText: "Ghent" })).toBeVisible();
});

test("an editor adds a policy area, and renames it without JavaScript", async ({ page, browser }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/edit/policy-areas");
  await expectNoAxeViolations(page);
  const add = page.getByRole("region", { name: "Add a policy area" });
  await add.getByRole("button", { name: "Add policy area" }).click();
  await expect(add.getByRole("link", { name: "Enter a name" })).toBeVisible();
  await expectNoAxeViolations(page);
  await add.getByLabel("Name", { exact: true }).fill("Catalog Test Heritage Trails");
  await add.getByRole("button", { name: "Add policy area" }).click();
  await expect(add.getByText("Catalog Test Heritage Trails added, at /policy-areas/catalog-test-heritage-trails.")).toBeVisible();

  // Plain forms and server actions: the same without any script in the page.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await signIn(plain, "editor@example.org");
  await plain.goto("/edit/policy-areas");
  await plain.getByLabel("New name for Catalog Test Heritage Trails").fill("Catalog Test Heritage Routes");
  await plain.getByRole("button", { name: "Rename Catalog Test Heritage Trails" }).click();
  await expect(plain.getByText("Renamed to Catalog Test Heritage Routes.")).toBeVisible();
  await plain.goto("/policy-areas/catalog-test-heritage-trails");
  await expect(plain.getByRole("heading", { level: 1, name: "Catalog Test Heritage Routes" })).toBeVisible();

  // Its description, edited on its own page (it was empty: nothing a draft wrote reaches it).
  await page.goto("/edit/policy-areas");
  await page.getByRole("link", { name: "Edit Catalog Test Heritage Routes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit Catalog Test Heritage Routes" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Description (optional)").fill("x".repeat(100_001));
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByRole("link", { name: "Use at most 100,000 characters" })).toBeVisible();
  await page.getByLabel("Description (optional)").fill("Walking routes past the heritage of a city.");
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByText("Catalog Test Heritage Routes saved.")).toBeVisible();
  await plain.goto("/policy-areas/catalog-test-heritage-trails");
  await expect(plain.getByText("Walking routes past the heritage of a city.")).toBeVisible();

  // Refused without JavaScript, the answer is a new page: what was typed is in the fields again, to correct.
  await plain.goto("/edit/cities");
  const addCity = plain.getByRole("region", { name: "Add a city" });
  const typed = { "Name": "Saint-Etienne", "Country code (two letters, such as FR)": "fr", "Country": "France", "Population (optional)": "172 000" };
  for (const [label, value] of Object.entries(typed)) await addCity.getByLabel(label, { exact: true }).fill(value);
  await addCity.getByRole("button", { name: "Add city" }).click();
  await expect(addCity.getByRole("link", { name: /^A city with the slug saint-etienne exists already/ })).toBeVisible();
  for (const [label, value] of Object.entries(typed)) await expect(addCity.getByLabel(label, { exact: true })).toHaveValue(value);
  await context.close();
});

test("an editor merges two organisations: the kept one shows the cases of both and the old address redirects", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/edit/organisations?q=festi");
  await expect(page.getByRole("row", { name: new RegExp(KEEP.name) })).toBeVisible();
  await expectNoAxeViolations(page);
  const merge = page.getByRole("region", { name: "Merge two organisations" });
  await merge.getByLabel("Organisation to keep").selectOption(KEEP.slug);
  await merge.getByLabel(/Organisation to merge into it/).selectOption(MERGE.slug);
  await merge.getByRole("button", { name: "Merge" }).click();
  // It cannot be undone: said understood first.
  await expect(merge.getByRole("link", { name: /Tick the box to say you understand/ })).toHaveAttribute("href", "#merge-confirmed");
  await merge.getByLabel(/a merge cannot be undone/).check();
  await merge.getByLabel(/Organisation to merge into it/).selectOption(KEEP.slug);
  await merge.getByRole("button", { name: "Merge" }).click();
  await expect(merge.getByRole("link", { name: /cannot be merged into itself/ })).toHaveAttribute("href", "#merge-merge");
  await expectNoAxeViolations(page);

  await merge.getByLabel(/Organisation to merge into it/).selectOption(MERGE.slug);
  await merge.getByRole("button", { name: "Merge" }).click();
  await expect(merge.getByText(`${MERGE.name} merged into ${KEEP.name}: 1 inventory row`)).toBeVisible();

  await page.goto(`/actors/${MERGE.slug}`);
  await expect(page).toHaveURL(new RegExp(`/actors/${KEEP.slug}$`));
  await expect(page.getByText(`Also written as: ${MERGE.name}`)).toBeVisible();
  for (const slug of [KEEP.case, MERGE.case]) await expect(page.locator(`a[href="/cases/${slug}"]`).first()).toBeVisible();
  // The API's address of the merged one moves for good too, to the kept one, which names both cases.
  const moved = await page.request.get(`/api/v1/actors/${MERGE.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers()["location"]!).pathname).toBe(`/api/v1/actors/${KEEP.slug}`);
  expect(moved.headers()["access-control-allow-origin"]).toBe("*");
  const kept = (await (await page.request.get(`/api/v1/actors/${MERGE.slug}`)).json()) as { slug: string; otherSpellings: string[]; appearances: Array<{ caseSlug: string }> };
  expect(kept.slug).toBe(KEEP.slug);
  expect(kept.otherSpellings).toContain(MERGE.name);
  expect(kept.appearances.map((a) => a.caseSlug)).toEqual(expect.arrayContaining([KEEP.case, MERGE.case]));
});

test("a merged organisation's address redirects only to a kept one that a published case names: else it is not found", async ({ request }) => {
  // Kept by no published case (its cases taken back, say): a redirect would only lead to a page not found.
  await e2eDatabase()`insert into organisations (slug, name, match_key, merged_slugs) values ('unnamed-kept', 'Unnamed Kept', 'unnamedkept', '{unnamed-merged}')`;
  for (const path of ["/actors/unnamed-merged", "/api/v1/actors/unnamed-merged"]) {
    const answer = await request.get(path, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(404);
  }
});

test("adding a city or merging organisations, sent by anonymous or a city editor, is answered 403 and changes nothing", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await addCityEditor(await (await browser.newContext()).newPage(), "catalog-city@example.org", "catalog city password");
  const db = e2eDatabase();
  await db`insert into organisations (slug, name, match_key) values ('catalog-matrix-keep', 'Catalog Matrix Keep', 'catalogmatrixkeep'), ('catalog-matrix-gone', 'Catalog Matrix Gone', 'catalogmatrixgone')`;

  await signIn(page, "editor@example.org");
  await page.goto("/edit/cities");
  const add = page.getByRole("region", { name: "Add a city" });
  const addCity = await capture(page, async () => {
    await add.getByLabel("Name", { exact: true }).fill("Catalog Matrix Town");
    await add.getByLabel(/Country code/).fill("IE");
    await add.getByLabel("Country", { exact: true }).fill("Ireland");
    await add.getByRole("button", { name: "Add city" }).click();
  }, "Catalog Matrix Town added");
  await page.goto("/edit/organisations?q=catalog matrix");
  const mergeForm = page.getByRole("region", { name: "Merge two organisations" });
  const merge = await capture(page, async () => {
    await mergeForm.getByLabel("Organisation to keep").selectOption("catalog-matrix-keep");
    await mergeForm.getByLabel(/Organisation to merge into it/).selectOption("catalog-matrix-gone");
    await mergeForm.getByLabel(/a merge cannot be undone/).check();
    await mergeForm.getByRole("button", { name: "Merge" }).click();
  }, /Catalog Matrix Gone merged into Catalog Matrix Keep/);

  // Back as they were before, so that a replay that got through would show.
  await db`delete from cities where slug = 'catalog-matrix-town'`;
  await db`insert into organisations (slug, name, match_key) values ('catalog-matrix-gone', 'Catalog Matrix Gone', 'catalogmatrixgone')`;
  const state = async () => ({
    cities: (await db`select slug from cities where slug = 'catalog-matrix-town'`).length,
    organisations: [...(await db`select slug, aliases from organisations where slug like 'catalog-matrix-%' order by slug`)],
    audit: (await db`select count(*)::int as n from audit_log where subject in ('catalog-matrix-town', 'catalog-matrix-keep')`)[0]!.n,
  });
  const before = await state();
  for (const [who, context] of [["anonymous", await contextOf(browser, null)], ["city editor", await contextOf(browser, "catalog-city@example.org", "catalog city password")]] as const) {
    for (const [name, request] of [["add a city", addCity], ["merge", merge]] as const) {
      const response = await context.request.post(request.url, { headers: { ...request.headers, origin: baseURL! }, data: request.body, maxRedirects: 0 });
      expect(response.status(), `${who}: ${name}`).toBe(403);
    }
    await context.close();
  }
  expect(await state()).toEqual(before);

  // The editor's own request, sent again, does what it says: the refusals above are the rights, not a broken replay.
  const allowed = await page.context().request.post(addCity.url, { headers: { ...addCity.headers, origin: baseURL! }, data: addCity.body });
  expect(allowed.status()).toBe(200);
  expect((await state()).cities).toBe(1);
  await db.end();
});

test("a long list of organisations comes a page at a time, searched and paged together", async ({ page }) => {
  const sql = e2eDatabase();
  // Organisations of this test alone, linked to no case: nothing public shows them.
  await sql`insert into organisations (slug, name, match_key)
    select 'catalog-paging-' || n, 'Catalog Paging ' || lpad(n::text, 3, '0'), 'catalog paging ' || n from generate_series(1, 130) n`;
  try {
    await signIn(page, "editor@example.org");
    await page.goto("/edit/organisations?q=catalog paging");
    await expect(page.getByRole("heading", { name: "130 organisations found for “catalog paging”" })).toBeVisible();
    await expect(page.getByText("Organisations 1 to 100, by name.")).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(101);
    await page.getByRole("link", { name: "Next page →" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByText("Organisations 101 to 130, by name.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Catalog Paging 130/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/edit/organisations?q=catalog paging&page=none");
    await expect(page.getByText("Organisations 1 to 100, by name.")).toBeVisible();
  } finally {
    await sql`delete from organisations where slug like 'catalog-paging-%'`;
    await sql.end();
  }
});

test("an editor forgets a mistyped spelling of an organisation, with or without JavaScript; one forgotten already is said so", async ({ page, browser }) => {
  const sql = e2eDatabase();
  // An organisation of this test alone, linked to no case: nothing public shows it.
  await sql`insert into organisations (slug, name, match_key, aliases) values ('catalog-spellings', 'Catalog Spellings', 'catalogspellings', ${["Catalog Spelings", "Catalog Spellings Ltd", "Catalog Spellings 🚀"]})`;
  try {
    await signIn(page, "editor@example.org");
    await page.goto("/edit/organisations?q=catalog spellings");
    const row = page.getByRole("row", { name: /Catalog Spellings/ });
    await row.getByRole("button", { name: "Forget the spelling “Catalog Spellings 🚀” of Catalog Spellings" }).click();
    await expect(row.getByText("“Catalog Spellings 🚀” is no longer a spelling of Catalog Spellings.")).toBeVisible();
    await expect(row.getByRole("button", { name: /Forget the spelling/ })).toHaveCount(2);
    await expectNoAxeViolations(page);

    const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(plain, "editor@example.org");
    await plain.goto("/edit/organisations?q=catalog spellings");
    await plain.getByRole("button", { name: "Forget the spelling “Catalog Spelings” of Catalog Spellings" }).click();
    await expect(plain.getByText("“Catalog Spelings” is no longer a spelling of Catalog Spellings.")).toBeVisible();
    await plain.context().close();

    // The first page still offers the one the other window forgot: pressed, it says so, and changes nothing.
    await row.getByRole("button", { name: "Forget the spelling “Catalog Spelings” of Catalog Spellings" }).click();
    await expect(row.getByRole("link", { name: /has no other spelling “Catalog Spelings”: it may have been forgotten already/ })).toBeVisible();
    expect((await sql`select aliases from organisations where slug = 'catalog-spellings'`)[0]?.aliases).toEqual(["Catalog Spellings Ltd"]);
  } finally {
    await sql`delete from organisations where slug = 'catalog-spellings'`;
    await sql.end();
  }
});

test("the editors' lists fit a phone's width: a wide table scrolls in its own box, which the keyboard reaches", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "admin@example.org");
  for (const path of ["/edit", "/edit/cities", "/edit/organisations", "/admin/audit"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const box = page.locator("table").first().locator("xpath=..");
    await expect(box, path).toHaveAttribute("role", "region");
    await expect(box, path).toHaveAttribute("tabindex", "0");
  }
  await expectNoAxeViolations(page);
});
