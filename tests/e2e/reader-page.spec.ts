import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./session";

// Readers who are not signed in get public pages without the framework's scripts (decision 0008).
const CASE = "/cases/saint-etienne-artificial-intelligence";
const SAINT_ETIENNE = "saint-etienne-artificial-intelligence";
const WIERZBNO = "wierzbno-green-transition";
const PORTO_SERENO = "porto-sereno-new-european-bauhaus";
const PUBLIC_PAGES = ["/", "/cases", "/cases?q=museum", CASE, `${CASE}/print`, `${CASE}/versions/1`, `${CASE}/versions/1/changes`, `/compare?cases=${SAINT_ETIENNE},${WIERZBNO}`, "/recommendations", "/cities", "/policy-areas"];

/** The scripts the page loads, and whether its window survived a click on a link of the main navigation. */
async function scriptsOf(page: Page, path: string) {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return { scripts, html: await response!.text() };
}

async function keepsWindowOnNavigation(page: Page): Promise<boolean> {
  await page.evaluate(() => ((window as unknown as { keptWindow: boolean }).keptWindow = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cities" }).click();
  await expect(page).toHaveURL(/\/cities$/);
  await expect(page.getByRole("heading", { level: 1, name: "Cities" })).toBeVisible();
  return page.evaluate(() => (window as unknown as { keptWindow?: boolean }).keptWindow === true);
}

test("public pages reach readers who are not signed in without the framework's scripts", async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    const { scripts, html } = await scriptsOf(page, path);
    expect(scripts, path).toEqual([]);
    expect(html, path).not.toContain("__next_f");
    expect(html, path).toContain("button[data-print]"); // the page's own inline script
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // Links are plain links: the next page is a new document.
  expect(await keepsWindowOnNavigation(page)).toBe(false);
});

// Addresses of public routes whose page calls notFound(): Next leaves that 404 empty but for its scripts.
const UNKNOWN_PAGES = ["/cases/does-not-exist", "/cases/does-not-exist/print", "/cases/does-not-exist/versions/1", "/cities/nope", "/actors/nope", "/policy-areas/nope"];

test("an unknown address of a public route reaches readers without scripts as the not-found page, with status 404", async ({ browser }) => {
  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  const page = await withoutScripts.newPage();
  for (const path of [...UNKNOWN_PAGES, "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    const html = await response!.text();
    expect(html, path).toContain("<h1>Page not found</h1>"); // in the HTML, not drawn by the framework
    expect(html, path).not.toContain('id="__next_error__"');
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page not found");
    await expect(page.getByText("There is no published case, city, policy area or actor at this address."), path).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search the cases instead" }), path).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Go to the home page" }), path).toHaveAttribute("href", "/");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases", exact: true }), path).toBeVisible();
  }
  await withoutScripts.close();
});

test("an address that names nothing, opened by a signed-in person, is the not-found page in the HTML, with or without JavaScript", async ({ browser }) => {
  // Signed in, pages are Next's to answer, not the page cache's: scripts/error-pages.mjs makes the 404 whole.
  // Under /edit the editors' own not-found page, which sends them back to their cases; elsewhere the readers'.
  const editors = { heading: "Not found", link: "Go to all cases", href: "/edit" };
  const readers = { heading: "Page not found", link: "Go to the home page", href: "/" };
  const paths = { "/edit/cases/999999": editors, "/edit/cases/abc": editors, "/edit/cases/999999/history": editors, "/edit/cities/nowhere": editors, "/edit/_not-found": editors, [UNKNOWN_PAGES[0]!]: readers, "/no-such-page": readers };
  for (const javaScriptEnabled of [false, true]) {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await signIn(page, "admin@example.org");
    for (const [path, expected] of Object.entries(paths)) {
      const what = `${path}, JavaScript ${javaScriptEnabled ? "on" : "off"}`;
      const response = await page.goto(path);
      expect(response?.status(), what).toBe(404);
      const html = await response!.text();
      expect(html, what).toContain(`<h1>${expected.heading}</h1>`); // in the HTML, not drawn by scripts
      expect(html, what).not.toContain('id="__next_error__"');
      await expect(page.getByRole("heading", { level: 1 }), what).toHaveText(expected.heading);
      await expect(page, what).toHaveTitle(new RegExp(`^${expected.heading} ·`));
      await expect(page.getByRole("main").getByRole("link", { name: expected.link }), what).toHaveAttribute("href", expected.href);
      // The editors' pages this person may open are listed, as on every editors' page.
      if (expected === editors) await expect(page.getByRole("link", { name: "Cases to edit" }), what).toBeVisible();
    }
    await page.context().close();
  }
});

test("the compare picker changes the page only when Compare is pressed, not on a choice (WCAG 3.2.2)", async ({ page }) => {
  await page.goto("/compare");
  await page.getByLabel("Case 1").selectOption(SAINT_ETIENNE);
  await page.getByLabel("Case 2").selectOption(WIERZBNO);
  await page.getByLabel("Case 3 (optional)").selectOption(PORTO_SERENO);
  await expect(page).toHaveURL(/\/compare$/);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(`/compare?cases=${SAINT_ETIENNE},${WIERZBNO},${PORTO_SERENO}`);
  await expect(page.getByRole("table", { name: "The innovation portfolios side by side" }).getByRole("columnheader")).toHaveCount(3);
});

test("the print view's button opens the print dialog; where scripts do not run, the browser's command is named instead", async ({ page, browser }) => {
  await page.addInitScript(() => {
    window.print = () => void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
  });
  await page.goto(`${CASE}/print`);
  await page.getByRole("button", { name: "Print" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
  await expect(page.getByText("Print it with your browser's Print command")).toBeHidden();

  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScripts.newPage();
  await plain.goto(`${CASE}/print`);
  await expect(plain.getByRole("link", { name: "Back to the case" })).toBeVisible();
  await expect(plain.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(plain.getByText("Print it with your browser's Print command (Ctrl+P, or ⌘P on a Mac).")).toBeVisible();
  await withoutScripts.close();
});

test("signed-in readers get the framework: the same pages, navigated without reloading", async ({ page }) => {
  await signIn(page, "editor@example.org");
  const { scripts } = await scriptsOf(page, "/cases");
  expect(scripts.some((path) => path.startsWith("/_next/static/"))).toBe(true);
  expect(await keepsWindowOnNavigation(page)).toBe(true);
  await page.goto("/compare");
  await page.getByLabel("Case 1").selectOption(SAINT_ETIENNE);
  await page.getByLabel("Case 2").selectOption(WIERZBNO);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(`/compare?cases=${SAINT_ETIENNE},${WIERZBNO}`);
});
