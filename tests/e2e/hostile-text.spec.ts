import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The usual payloads, put into every kind of text a case has.
const SCRIPT = `<script>alert("script")</script>`;
const IMG = `<img src=x onerror="alert('img')">`;
const JS_LINK = `[click me](javascript:alert('link'))`;
const SVG = `<svg onload="alert('svg')"></svg>`;

function hostileCase(): string {
  return readFileSync("content/cases/saint-etienne-artificial-intelligence.md", "utf8")
    .replace("**SAINT-ETIENNE, FRANCE**", "**XSSVILLE, FRANCE**")
    .replace("For the past three years", `${SCRIPT} ${JS_LINK} For the past three years`)
    .replace("- Threat to certain jobs", `- Threat to certain jobs ${IMG}`)
    .replace("- Videoformes", `- Videoformes ${SVG}`)
    .replace("Local incubator\tStudents", `Local incubator ${IMG}\tStudents`)
    .replace("**2. Pooling resources** (materials", `**2. Pooling resources** ${JS_LINK} <a href="javascript:alert('a')">a</a> (materials`)
    .replace("## • Inventory", `## • ${SCRIPT}Budget\n\n[plain](javascript:alert('extra')) ${IMG}\n\n## • Inventory`);
}

test("hostile text in every field is shown as text: no script runs, no javascript: link is made", async ({ page }) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ekip-xss-")), "xssville.md");
  writeFileSync(file, hostileCase());
  const run = spawnSync("npm", ["run", "--silent", "import", "--", "--publish", "--waive", "Hostile text, on purpose: it names Saint-Etienne", file], {
    env: { ...process.env, PGLITE_DATA_DIR: ".data/e2e", DATABASE_URL: "" }, encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const url of [
    "/cases/xssville-artificial-intelligence",
    "/cases/xssville-artificial-intelligence/print",
    "/cases/xssville-artificial-intelligence/versions/1",
    "/cases/xssville-artificial-intelligence/versions/1/changes",
    "/cases?q=threat",
    "/recommendations?q=pooling",
    "/cities/xssville",
    "/compare?cases=xssville-artificial-intelligence,saint-etienne-artificial-intelligence",
  ]) {
    await page.goto(url);
    // A refused address leaves no link at all: an empty one would reload the page.
    expect(await page.locator('a[href^="javascript:" i], a[href=""]').evaluateAll((n) => n.map((a) => a.outerHTML)), url).toEqual([]);
    expect(await page.locator("img[onerror], svg[onload]").count(), url).toBe(0);
    // Next's own scripts carry the page's text as data; a script made from the content would be the payload itself.
    expect(await page.locator("script").evaluateAll((nodes) => nodes.filter((n) => n.textContent?.trim().startsWith("alert(")).length), url).toBe(0);
  }
  await page.goto("/cases/xssville-artificial-intelligence");
  await expect(page.getByText(`Threat to certain jobs ${IMG}`)).toBeVisible();
  await expect(page.getByText("click me").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "click me" })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
