import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.1 A and AA, and 2.2 AA's target size (2.5.8), as axe-core checks them: no violation allowed. On the
 * page as it settles: after a server action the framework puts the page's <title> back a moment after the rest
 * (seen once, under load, in a trace), and a title that never comes still fails here.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page).not.toHaveTitle("");
  // Only the violations are read, so only they are sent back whole: the passes of a case editor's 2,000 elements
  // were 4 MB of results to serialise on every check. `options` replaces every option: it comes before the tags.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(results.toolOptions.runOnly, "the rules asked for ran").toMatchObject({ type: "tag", values: expect.arrayContaining(["wcag22aa"]) });
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}
