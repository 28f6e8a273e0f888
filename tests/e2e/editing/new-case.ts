import { expect, type Page } from "@playwright/test";
import { waitForEditor } from "../session";

/**
 * Opens the new-case page once its script runs: a value filled or a key pressed before then can be undone, or go
 * unheard (CI once counted 5 session renewals for 6 keys). Not for a browser without JavaScript.
 */
export async function openNewCase(page: Page): Promise<void> {
  await page.goto("/edit/cases/new");
  await waitForEditor(page);
}

/** Opens an empty case for a city and policy area from the new-case page (nothing is stored yet). */
export async function startFromScratch(page: Page, city: string, policyArea: string): Promise<void> {
  await openNewCase(page);
  const scratch = page.getByRole("region", { name: "From scratch" });
  await scratch.getByLabel("City").selectOption({ label: city });
  await scratch.getByLabel("Policy area").selectOption({ label: policyArea });
  await scratch.getByRole("button", { name: "Start an empty case" }).click();
}

/** An empty draft for a city and policy area, saved as version 1; the page is left on its editor. Its case's id. */
export async function createEmptyDraft(page: Page, city: string, policyArea: string): Promise<number> {
  await startFromScratch(page, city, policyArea);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft created as version 1.")).toBeVisible();
  return Number(/\/edit\/cases\/(\d+)/.exec(page.url())![1]);
}

/**
 * A policy area of a test's own, added by the signed-in editor: a case of it is made by no other test, which share
 * one database (a case made twice for one city and policy area is refused).
 */
export async function addPolicyArea(page: Page, name: string): Promise<void> {
  await page.goto("/edit/policy-areas");
  const add = page.getByRole("region", { name: "Add a policy area" });
  await add.getByLabel("Name", { exact: true }).fill(name);
  await add.getByRole("button", { name: "Add policy area" }).click();
  await expect(add.getByText(new RegExp(`^${name} added, at `))).toBeVisible();
}
