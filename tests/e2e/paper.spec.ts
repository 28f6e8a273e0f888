import { expect, test, type Locator, type Page } from "@playwright/test";

// What a page keeps together on paper, and what it leaves out there. Where a sheet breaks is Chromium's to choose:
// these check the rules it is given, on the elements they are for; compare.spec.ts counts the sheets of a print.

const onPaper = async (page: Page, path: string) => {
  await page.goto(path);
  await page.emulateMedia({ media: "print" });
};
const style = (element: Locator, property: "breakInside" | "breakAfter" | "breakBefore") =>
  element.evaluate((e, p) => getComputedStyle(e)[p], property);

test("on paper, a table's caption and header row go on with its first row, and a figure of facets is kept whole with its numbers, printed once", async ({ page }) => {
  await onPaper(page, "/cases/ballyvara-artificial-intelligence");
  const inventory = page.getByRole("table", { name: /^Inventory of actors and resources/ });
  expect(await style(inventory.locator("caption"), "breakAfter")).toBe("avoid");
  expect(await style(inventory.locator("thead tr"), "breakAfter")).toBe("avoid");
  expect(await style(inventory.locator("tbody tr").first(), "breakBefore")).toBe("avoid");
  expect(await style(inventory.locator("tbody tr").nth(1), "breakBefore")).toBe("auto");

  await onPaper(page, "/cities/ballyvara");
  const figure = page.getByRole("figure", { name: /^OPSI facets in the inventories of Ballyvara/ });
  expect(await style(figure, "breakInside")).toBe("avoid");
  // The bars carry the numbers on paper; the same numbers as a table are for the screen (and screen readers).
  await expect(figure.locator("table")).toBeHidden();
  await expect(figure.locator(".bar").first()).toBeVisible();
});

test("on paper, an entry of a list of cases, cities, policy areas or actors is never split over two sheets", async ({ page }) => {
  for (const path of ["/cases", "/cases?q=culture", "/actors", "/cities", "/cities/ballyvara", "/policy-areas", "/policy-areas/artificial-intelligence"]) {
    await onPaper(page, path);
    const entry = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("link") }).first();
    expect(await style(entry, "breakInside"), path).toBe("avoid");
  }
});

test("on paper, links that lead only to another screen are left out, and a web address is printed once", async ({ page }) => {
  const screenOnly: Array<[string, Array<string | RegExp>]> = [
    ["/", ["All cases", "All recommendations", "All policy areas", "All cities"]],
    ["/cities/saint-etienne", [/^Compare Saint-Etienne/]],
    ["/policy-areas/artificial-intelligence", [/^Compare .* side by side$/]],
    ["/actors/city-of-saint-etienne", [/^See it in the case/]],
  ];
  for (const [path, names] of screenOnly) {
    await page.goto(path);
    const links = names.map((name) => page.getByRole("link", { name }).first());
    for (const link of links) await expect(link, `${path} on screen`).toBeVisible();
    await page.emulateMedia({ media: "print" });
    for (const link of links) await expect(link, `${path} on paper`).toBeHidden();
    await page.emulateMedia({ media: "screen" });
  }
  // Nor is a button anything on paper, in a form left out or not.
  await onPaper(page, "/cases");
  expect(await page.getByRole("main").locator("button").first().evaluate((e) => getComputedStyle(e).display)).toBe("none");

  // The city's website is shown as its address: the address is not added after it again.
  await onPaper(page, "/cases/saint-etienne-artificial-intelligence");
  const website = page.getByRole("link", { name: "www.saint-etienne.fr" });
  await expect(website).toBeVisible();
  expect(await website.evaluate((e) => getComputedStyle(e, "::after").content)).toBe("none");
  // The licence of the case's text: its address inside the bracket it has already, not "(CC BY 4.0) (https://…)".
  const licensed = page.getByRole("main").locator("p", { hasText: "The text of this case is licensed under" });
  expect(await licensed.innerText()).toContain("International (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/) licence:");
  expect(await licensed.getByRole("link").evaluate((e) => getComputedStyle(e, "::after").content)).toBe("none");
  // An address that is not shown is added after its link.
  const licence = page.getByRole("contentinfo").getByRole("link", { name: "CC BY 4.0" });
  expect(await licence.evaluate((e) => getComputedStyle(e, "::after").content)).toContain("creativecommons.org");
});

test("a case's print view says the licence at its end, as every page's footer does", async ({ page }) => {
  await onPaper(page, "/cases/saint-etienne-artificial-intelligence/print");
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByRole("main").getByText("Content licensed under CC BY 4.0 unless stated otherwise.")).toBeVisible();
});
