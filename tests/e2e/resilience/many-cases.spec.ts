import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { expectNoAxeViolations } from "../axe";
import { createTempDatabase, runTool, startApp, type App } from "./servers";

// More published cases than the shared test database holds: enough for a facet with more than ten values.
const CASES = 40;

let database: Awaited<ReturnType<typeof createTempDatabase>>;
let app: App;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createTempDatabase();
  await runTool(["scripts/bench-data.ts", "--cases", String(CASES), "--seed", "7"], { databaseUrl: database.url });
  app = await startApp({ port: 3404, databaseUrl: database.url });
});

test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** The policy areas of the published cases, as the database counts them. */
async function policyAreaCounts(): Promise<Map<string, number>> {
  const sql = postgres(database.url, { max: 1 });
  const rows = await sql<{ name: string; cases: number }[]>`
    select pa.name, count(*)::int as cases from cases c join policy_areas pa on pa.id = c.policy_area_id
    where c.status = 'published' group by pa.name`;
  await sql.end();
  return new Map(rows.map((r) => [r.name, r.cases]));
}

const policyAreaFacet = (page: Page) =>
  page.getByRole("navigation", { name: "Filter cases" }).locator("div", { has: page.getByRole("heading", { name: "Policy area", exact: true }) });

test("a long facet lists its ten most frequent values and folds the rest, usable without JavaScript", async ({ browser }) => {
  const counts = await policyAreaCounts();
  expect(counts.size, "the synthetic cases span more than ten policy areas").toBeGreaterThan(10);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${app.url}/cases`);
  const facet = policyAreaFacet(page);
  const folded = facet.locator("details");
  const shown = facet.locator(":scope > ul > li");
  await expect(shown).toHaveCount(10);
  await expect(folded.locator("summary")).toHaveText(new RegExp(`^${counts.size - 10} more`));
  await expect(folded.getByRole("link").first()).toBeHidden();

  // The ten shown are the most frequent: none folded has more cases than the least frequent shown.
  const countOf = (text: string) => Number(/\((\d+)/.exec(text)![1]);
  const shownCounts = (await shown.allInnerTexts()).map(countOf);
  await folded.locator("summary").click();
  const foldedLinks = folded.getByRole("link");
  await expect(foldedLinks).toHaveCount(counts.size - 10);
  const foldedTexts = await foldedLinks.allInnerTexts();
  expect(Math.max(...foldedTexts.map(countOf))).toBeLessThanOrEqual(Math.min(...shownCounts));

  // A folded value filters like any other, and finds the number of cases its link promised.
  const last = foldedLinks.last();
  const [name] = (await last.innerText()).split(" (");
  await last.click();
  await expect(page).toHaveURL(/policyArea=/);
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${counts.get(name!)} cases? found$`) })).toBeVisible();
  // The chosen value is listed among those shown, marked.
  await expect(facet.locator(":scope > ul [aria-current='true']")).toContainText(name!);
  await context.close();
});

test("the folded values pass axe, closed and open", async ({ page }) => {
  await page.goto(`${app.url}/cases`);
  await expectNoAxeViolations(page);
  await policyAreaFacet(page).locator("summary").click();
  await expect(policyAreaFacet(page).locator("details")).toHaveAttribute("open", "");
  await expectNoAxeViolations(page);
});
