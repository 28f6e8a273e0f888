import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const SLUG = "saint-etienne-artificial-intelligence";
const CASE = `/cases/${SLUG}`;

test("the case page offers Cite this, downloads and related cases, accessibly", async ({ page, request }) => {
  await page.goto(CASE);
  const contents = page.getByRole("navigation", { name: "Contents" });
  for (const name of ["Related cases", "Cite this case", "Download"]) await expect(contents.getByRole("link", { name, exact: true })).toBeVisible();

  const cite = page.getByRole("region", { name: "Cite this case" });
  await expect(cite.getByRole("link", { name: new RegExp(`${CASE}$`) })).toBeVisible();
  await expect(cite.getByText(/^ekip partnership \(\d{4}\)\. City Case Description: Saint-Etienne – Artificial Intelligence\. Version \d+, updated \d{1,2} [A-Z][a-z]+ \d{4}\. ekip Knowledge Bank\./)).toBeVisible();
  await expect(cite.getByRole("heading", { name: "BibTeX" })).toBeVisible();
  await expect(cite.getByLabel("BibTeX entry")).toContainText("@misc{ekip-saint-etienne-artificial-intelligence-");
  await expect(cite.getByLabel("CSL-JSON item")).toContainText('"type": "report"');
  await expect(cite.getByRole("link", { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute("rel", "license");

  const downloads = page.getByRole("region", { name: "Download", exact: true });
  const links = {
    Markdown: `${CASE}/export.md`, JSON: `${CASE}/export.json`, "Inventory as CSV": `${CASE}/inventory.csv`, "Print view": `${CASE}/print`,
  };
  for (const [name, href] of Object.entries(links)) {
    await expect(downloads.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  for (const href of [`${CASE}/cite.bib`, `${CASE}/cite.json`]) await expect(cite.locator(`a[href="${href}"]`)).toBeVisible();

  const related = page.getByRole("region", { name: "Related cases" });
  const ballyvara = related.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Ballyvara: Artificial Intelligence" }) });
  await expect(ballyvara).toContainText("Same policy area");
  await expect(ballyvara).toContainText("Sample content - not an ekip case");
  await expect(related.getByRole("link", { name: "Saint-Etienne", exact: true })).toHaveAttribute("href", "/cities/saint-etienne");

  await expect(page.getByText("Last updated")).toBeVisible();
  // The citation names the version the page shows (the reading tests run before any edit: the first).
  const shown = page.getByRole("definition").filter({ hasText: /, version \d+$/ });
  const version = /version (\d+)$/.exec((await shown.innerText()).trim())![1];
  await expect(cite.getByText(/^ekip partnership/)).toContainText(`Version ${version}, updated `);
  expect(await (await request.get(`${CASE}/cite.bib`)).text()).toContain(`note = {Version ${version}, updated `);
  expect((await (await request.get(`${CASE}/cite.json`)).json())[0].version).toBe(version);
  // It points to that version's own address, whose text stays what was cited when the case changes.
  const cited = new RegExp(`${CASE}/versions/${version}$`);
  await expect(cite.getByRole("link", { name: cited })).toHaveAttribute("href", cited);
  await expect(cite.getByText(/^ekip partnership/)).toContainText(`${CASE}/versions/${version} (accessed `);
  expect(await (await request.get(`${CASE}/cite.bib`)).text()).toMatch(new RegExp(`url = \\{https?://[^}]+${CASE}/versions/${version}\\}`));
  expect((await (await request.get(`${CASE}/cite.json`)).json())[0].URL).toMatch(cited);
  await expectNoAxeViolations(page);
});

test("the version a citation names has a page of its own: its text, which version it is, and where the newest is", async ({ page, request }) => {
  await page.goto(CASE);
  const version = /version (\d+)$/.exec((await page.getByRole("definition").filter({ hasText: /, version \d+$/ }).innerText()).trim())![1];
  const address = `${CASE}/versions/${version}`;
  const response = await page.goto(address);
  expect(response?.status()).toBe(200);
  const note = page.getByRole("note").filter({ hasText: "You are reading" });
  await expect(note).toContainText(`You are reading version ${version} of this case, last updated on `);
  await expect(note).toContainText("It is the newest version");
  await expect(note.getByRole("link", { name: "the case's own page" })).toHaveAttribute("href", CASE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saint-Etienne: Artificial Intelligence");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(27);
  await expect(page).toHaveTitle(`Saint-Etienne: Artificial Intelligence, version ${version} · ekip Knowledge Bank`);
  // Search engines list the case's own page; this one cites itself.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('meta[name="citation_public_url"]')).toHaveAttribute("content", new RegExp(`${address}$`));
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${address}$`));
  const cite = page.getByRole("region", { name: "Cite this version" });
  // Dated as the case page dates it: one reference for one version, from either page.
  await page.goto(CASE);
  const reference = (await page.getByRole("region", { name: "Cite this case" }).getByText(/^ekip partnership/).innerText()).replace(/ \(accessed .*/, "");
  await page.goto(address);
  expect((await cite.getByText(/^ekip partnership/).innerText()).replace(/ \(accessed .*/, "")).toBe(reference);
  await expect(cite.getByText(/^ekip partnership/)).toContainText(`${address} (accessed `);
  // The files cite the newest version, so a version's page does not offer them.
  await expect(cite.getByRole("link", { name: /Download/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // On paper it still says which version it is, and how to cite it.
  await page.emulateMedia({ media: "print" });
  await expect(note).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cite this version" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // What changed since the newest: nothing.
  await page.goto(`${address}/changes`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`What changed in Saint-Etienne: Artificial Intelligence since version ${version}`);
  await expect(page.getByRole("main")).toContainText(new RegExp(`Version ${version}, last updated \\d{1,2} [A-Z][a-z]+ \\d{4}, is the newest: nothing has changed since\\.`));
  // Said once, not as a comparison of the version with itself.
  await expect(page.getByRole("main")).not.toContainText("to the newest");
  await expectNoAxeViolations(page);

  // Only versions that were published have a page, at one address each.
  for (const other of [`${CASE}/versions/${Number(version) + 1}`, `${CASE}/versions/${Number(version) + 1}/changes`, `${CASE}/versions/0`, `${CASE}/versions/0${version}`, `${CASE}/versions/2147483648`, "/cases/no-such-case/versions/1"]) {
    expect((await request.get(other)).status(), other).toBe(404);
  }
  // Capitals, or a number percent-encoded, are sent to the one address.
  for (const other of [`/cases/Saint-Etienne-Artificial-Intelligence/versions/${version}`, `${CASE}/versions/%3${version}`]) {
    const answer = await request.get(other, { maxRedirects: 0 });
    expect(answer.status(), other).toBe(308);
    expect(answer.headers().location, other).toMatch(new RegExp(`${address}$`));
  }
});

test("each conclusion and recommendation offers its own reference, pointing to it in the version shown, folded and left off paper", async ({ page }) => {
  await page.goto(CASE);
  const version = /version (\d+)$/.exec((await page.getByRole("definition").filter({ hasText: /, version \d+$/ }).innerText()).trim())![1];
  const cite = page.getByText("Cite main recommendation 1", { exact: true });
  const reference = page.locator("details", { has: cite }).locator("p");
  await expect(reference).toBeHidden();
  await cite.click();
  await expect(reference).toHaveText(new RegExp(`^ekip partnership \\(\\d{4}\\)\\. Main recommendation 1: [^]+\\. In City Case Description: Saint-Etienne – Artificial Intelligence\\. `
    + `Version ${version}, updated [^]+\\. ekip Knowledge Bank\\. https?://[^ ]+${CASE}/versions/${version}#summary-recommendation-1 \\(accessed [^)]+\\)\\. Licence: CC-BY-4\\.0\\.$`));
  await expect(page.getByText("Cite closing conclusion 1", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(cite).toBeHidden();
});

test("Copy citation copies the reference and says so in a live region, or says plainly that it could not", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(CASE);
  const cite = page.getByRole("region", { name: "Cite this case" });
  const reference = await cite.getByText(/^ekip partnership/).innerText();
  await cite.getByRole("button", { name: "Copy citation" }).click();
  await expect(cite.getByRole("status")).toHaveText("Citation copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
  await expectNoAxeViolations(page);

  // A finding's own reference, folded, copies its own; its button names the finding to a screen reader.
  await page.getByText("Cite main recommendation 1", { exact: true }).click();
  const finding = page.locator("details", { has: page.getByText("Cite main recommendation 1", { exact: true }) });
  await finding.getByRole("button", { name: "Copy citation of main recommendation 1" }).click();
  await expect(finding.getByRole("status")).toHaveText("Citation copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await finding.locator("p").innerText());

  // Listed with other cases' recommendations, the button names the case too.
  await page.goto("/recommendations?q=network");
  const listed = page.getByRole("listitem").filter({ hasText: "Create a regional network of AI experts" });
  await listed.locator("summary").click();
  await listed.getByRole("button", { name: /^Copy citation of closing recommendation 3 of Saint-Etienne/ }).click();
  await expect(listed.getByRole("status")).toHaveText("Citation copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^ekip partnership \(\d{4}\)\. Closing recommendation 3: Create a regional network of AI experts\./);

  // Refused (no permission, a page that is not a secure context), it says so, and how to copy instead.
  await page.goto(CASE);
  await page.evaluate(() => (navigator.clipboard.writeText = () => Promise.reject(new Error("refused"))));
  await cite.getByRole("button", { name: "Copy citation" }).click();
  await expect(cite.getByRole("status")).toHaveText("The citation could not be copied: select its text and copy it.");
  // On paper there is nothing to press.
  await page.emulateMedia({ media: "print" });
  await expect(cite.getByText(/^ekip partnership/)).toBeVisible();
  await expect(cite.getByRole("button", { name: "Copy citation" })).toBeHidden();
  await context.close();
});

test("without JavaScript the citation is text to select, and no Copy citation button is offered", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CASE);
  const cite = page.getByRole("region", { name: "Cite this case" });
  await expect(cite.getByText(/^ekip partnership/)).toBeVisible();
  await expect(cite.getByRole("button", { name: "Copy citation" })).toBeHidden();
  await page.getByText("Cite main recommendation 1", { exact: true }).click();
  await expect(page.locator("details[open]").getByText(/^ekip partnership/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Copy citation/ })).toHaveCount(0);
  await context.close();
});

test("a recommendation listed elsewhere, searched or not, or read from the API, has the reference its case's page gives it", async ({ page, request }) => {
  // Each list holds the recommendation 3 of other cases too.
  const item = page.getByRole("listitem").filter({ hasText: "Create a regional network of AI experts" });
  const cite = item.locator("summary");
  const shown = item.locator("details p");
  await page.goto(CASE);
  const reference = await shown.textContent();
  expect(reference).toMatch(new RegExp(`^ekip partnership \\(\\d{4}\\)\\. Closing recommendation 3: Create a regional network of AI experts\\. In City Case Description: Saint-Etienne – Artificial Intelligence\\. Version \\d+, .+/versions/\\d+#findings-recommendation-3 \\(accessed `));
  for (const list of ["/recommendations?q=network", "/recommendations?city=saint-etienne", "/policy-areas/artificial-intelligence"]) {
    await page.goto(list);
    await expect(shown, list).toBeHidden();
    // Said as on the case page; named with its case for a screen reader, among fifty alike.
    await expect(cite, list).toHaveText("Cite closing recommendation 3 of Saint-Etienne: Artificial Intelligence");
    await expect(cite.locator(".sr-only"), list).toHaveText(" of Saint-Etienne: Artificial Intelligence");
    await cite.click();
    await expect(shown, list).toHaveText(reference!);
  }
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(cite).toBeHidden();

  const api = await (await request.get("/api/v1/recommendations?city=saint-etienne")).json();
  // The API's leaves out the day it was read: its answer, and its ETag, stay the same from one day to the next.
  const listed = api.data.find((r: { part: string; number: number }) => r.part === "closing" && r.number === 3);
  expect(listed.citation).toBe(reference!.replace(/ \(accessed [^)]+\)/, ""));
  // And its own address, which the part's name alone would not give ("closing", whose anchors start "findings-").
  expect(new URL(listed.url).hash).toBe("#findings-recommendation-3");
});

test("the case page names its canonical address and describes itself as an article", async ({ page }) => {
  await page.goto(CASE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+${CASE}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${CASE}$`));
  // Reference managers save the permalink; the version is in the reference "Cite this case" gives.
  await expect(page.locator('meta[name="citation_public_url"]')).toHaveAttribute("content", new RegExp(`${CASE}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "City Case Description: Saint-Etienne – Artificial Intelligence");
  await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute("href", new RegExp(`${CASE}/export\\.json$`));
});

test("printed, the case page keeps the citation and leaves out downloads and related cases", async ({ page }) => {
  await page.goto(CASE);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Cite this case" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Download", exact: true })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Related cases" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "BibTeX" })).toBeHidden();
});

test("the print view shows the whole case without the site's navigation", async ({ page }) => {
  const response = await page.goto(`${CASE}/print`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Saint-Etienne.*Artificial Intelligence/);
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Contents" })).toHaveCount(0);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(27);
  await expect(page.getByRole("link", { name: "Back to the case" })).toHaveAttribute("href", CASE);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await expect(page.getByText(/^Cite as: ekip partnership/)).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("table")).toBeVisible();

  expect((await page.goto("/cases/atlantis-artificial-intelligence/print"))?.status()).toBe(404);
});
