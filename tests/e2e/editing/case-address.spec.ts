import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { addCityEditor } from "../replay";
import { signIn } from "../session";
import { caseSlug, editorOfNewDraft, publishDespiteProblems } from "./editors";
import { addPolicyArea } from "./new-case";

const AREA = "Address Test Heritage";

test("an editor changes a published case's address: its earlier address, versions, files and API answers lead to the new one for good", async ({ browser, request }) => {
  const setup = await (await browser.newContext()).newPage();
  await signIn(setup, "editor@example.org");
  await addPolicyArea(setup, AREA);
  await setup.context().close();
  const { page, id } = await editorOfNewDraft(browser, "Bratislava", AREA);
  const old = await caseSlug(id);
  await publishDespiteProblems(page);

  await page.getByRole("link", { name: "Change its address" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`The address of Bratislava: ${AREA}`);
  const slug = page.getByLabel("New address: /cases/");
  await slug.fill("Bratislava Heritage");
  await page.getByRole("button", { name: "Change the address" }).click();
  await expect(page.getByRole("link", { name: "Use lower-case letters, digits and single hyphens" })).toBeVisible();
  await expectNoAxeViolations(page);
  await slug.fill("ballyvara-artificial-intelligence");
  await page.getByRole("button", { name: "Change the address" }).click();
  await expect(page.getByRole("link", { name: "The address ballyvara-artificial-intelligence is taken by another case: choose another" })).toBeVisible();
  await slug.fill("bratislava-heritage");
  await page.getByRole("button", { name: "Change the address" }).click();
  await expect(page.getByText(`The case's address is now /cases/bratislava-heritage; /cases/${old} leads there.`)).toBeVisible();
  await expect(page.getByText(`Its address is /cases/bratislava-heritage`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: `/cases/${old}` })).toBeVisible();

  // Readers who follow an earlier link or citation land on the same page at the new address.
  for (const tail of ["", "/versions/1", "/versions/1/changes", "/print", "/export.md", "/cite.bib"]) {
    const moved = await request.get(`/cases/${old}${tail}`, { maxRedirects: 0 });
    expect(moved.status(), tail).toBe(308);
    expect(new URL(moved.headers()["location"]!, "http://x").pathname, tail).toBe(`/cases/bratislava-heritage${tail}`);
  }
  // And a comparison shared before, as a page and as a file.
  for (const path of ["/compare", "/compare/export.csv"]) {
    const moved = await request.get(`${path}?cases=${old},ballyvara-artificial-intelligence`, { maxRedirects: 0 });
    expect(moved.status(), path).toBe(308);
    const location = new URL(moved.headers()["location"]!, "http://x");
    expect(`${location.pathname}${decodeURIComponent(location.search)}`, path).toBe(`${path}?cases=bratislava-heritage,ballyvara-artificial-intelligence`);
  }
  const api = await request.get(`/api/v1/cases/${old}`, { maxRedirects: 0 });
  expect(api.status()).toBe(308);
  expect(new URL(api.headers()["location"]!).pathname).toBe("/api/v1/cases/bratislava-heritage");
  expect(((await (await request.get(`/api/v1/cases/${old}`)).json()) as { slug: string }).slug).toBe("bratislava-heritage");
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(`/cases/${old}`);
  await expect(reader).toHaveURL(/\/cases\/bratislava-heritage$/);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("Bratislava");
  await reader.context().close();

  // A city editor of Bratislava is not offered the change, and is told why on the page itself.
  const cityEditor = await (await browser.newContext()).newPage();
  await addCityEditor(cityEditor, "address-city@example.org", "address city password", "Bratislava");
  await signIn(cityEditor, "address-city@example.org", "address city password");
  await cityEditor.goto(`/edit/cases/${id}`);
  await expect(cityEditor.getByRole("link", { name: "History of this case" })).toBeVisible();
  await expect(cityEditor.getByRole("link", { name: "Change its address" })).toHaveCount(0);
  await cityEditor.goto(`/edit/cases/${id}/address`);
  await expect(cityEditor.getByText("Only an ekip editor or an admin changes a case's address.")).toBeVisible();
  await expect(cityEditor.getByRole("button", { name: "Change the address" })).toHaveCount(0);
  await cityEditor.context().close();
  await page.context().close();
});
