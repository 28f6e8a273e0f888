import { expect, type Browser, type Page } from "@playwright/test";
import { e2eDatabase, signIn, waitForEditor } from "../session";
import { createEmptyDraft } from "./new-case";

/** A case's address, as stored. */
export async function caseSlug(id: number): Promise<string> {
  const db = e2eDatabase();
  try {
    const [row] = await db`select slug from cases where id = ${id}`;
    return row!.slug as string;
  } finally {
    await db.end();
  }
}

/** A signed-in editor's page on a case's editor, ready to type into. */
export async function editorOf(browser: Browser, id: number, email = "editor@example.org"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await page.goto(`/edit/cases/${id}`);
  await waitForEditor(page);
  return page;
}

export const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

/** Every copy the browser keeps of a case's unsaved edits (one a tab: lib/editor/kept-drafts.ts), run together; "" for none. */
export function keptText(page: Page, key: string): Promise<string> {
  return page.evaluate((key) => Object.keys(localStorage).filter((k) => k === key || k.startsWith(`${key}#`)).map((k) => localStorage.getItem(k)).join("\n"), key);
}

/** What the database holds of a case now: to check what a request stored, or did not. */
export async function storedCase(id: number): Promise<{ context: string; ecosystem: string; version: number; status: string }> {
  const db = e2eDatabase();
  try {
    const [row] = await db`select context, ecosystem, version, status from cases where id = ${id}`;
    return row as { context: string; ecosystem: string; version: number; status: string };
  } finally {
    await db.end();
  }
}

/** A person's page on the editor of an empty draft they have just created, in a browser of their own. */
export async function editorOfNewDraft(browser: Browser, city: string, policyArea: string, email = "editor@example.org", password?: string): Promise<{ page: Page; id: number }> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  const id = await createEmptyDraft(page, city, policyArea);
  await waitForEditor(page);
  // What the tab kept of the new case while saving it is gone with the save: the case holds it now.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => /:new(#|$)/.test(key)))).toEqual([]);
  return { page, id };
}

/** Publishes the case the page's editor shows, despite its serious problems (with `note` as the reason) if it has any. */
export async function publishDespiteProblems(page: Page, note = "Published for the test"): Promise<void> {
  const waive = page.getByLabel(/Publish despite/);
  if (await waive.count()) {
    await waive.check();
    await page.getByLabel(/Note with the change/).fill(note);
  }
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: the public pages show this version now.")).toBeVisible();
}
