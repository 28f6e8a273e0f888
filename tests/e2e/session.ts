import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import postgres from "postgres";

/** The password of the embedded demo accounts the browser tests' server creates. */
export const DEMO_PASSWORD = "e2e demo password 2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

/** The browser tests' embedded database, reached through the server that owns it: to check what a request changed. */
export function e2eDatabase() {
  const owner = JSON.parse(readFileSync(".data/e2e.owner.json", "utf8")) as { port: number };
  return postgres(`postgres://postgres@127.0.0.1:${owner.port}/postgres`, { max: 1, prepare: false, onnotice: () => {} });
}

/**
 * Waits until React has hydrated the case editor's form. Playwright's `fill` sets a value from script, and one
 * set before hydration can be undone by it (keys typed or text pasted by a person survive: checked by hand).
 */
export async function waitForEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.querySelector("form[aria-busy]") ?? {}).some((k) => k.startsWith("__react")));
}
