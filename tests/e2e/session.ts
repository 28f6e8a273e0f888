import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import postgres from "postgres";

/** The password of the embedded demo accounts the browser tests' server creates. */
export const DEMO_PASSWORD = "e2e demo password 2026";

/**
 * Signs a browser context in and opens /account. Through Auth.js's credentials endpoint, which the sign-in form's
 * action calls too (the same checks, throttle and audit): about 0.7 s less than filling the form, for the tests
 * whose subject is something else. The form itself is tested in accounts.spec.ts.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const request = page.context().request;
  // A kept-alive connection that the server closes as idle just as it is used again is reset before the request is
  // read (seen once in CI): sent again then, as a browser does.
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { maxRetries: 2 })).json()) as { csrfToken: string };
  const answer = await request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, callbackUrl: "/account" }, maxRedirects: 0, maxRetries: 2 });
  expect(new URL(answer.headers().location ?? "/sign-in", "http://localhost").pathname, `${email} signs in`).toBe("/account");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account$/);
}

/** The browser tests' embedded database, reached through the server that owns it: to check what a request changed. */
export function e2eDatabase() {
  const owner = JSON.parse(readFileSync(".data/e2e.owner.json", "utf8")) as { port: number };
  return postgres(`postgres://postgres@127.0.0.1:${owner.port}/postgres`, { max: 1, prepare: false, onnotice: () => {} });
}

/**
 * Waits until React has hydrated the element `selector` finds (its fiber is on it), and so every component above it:
 * the app's router among them, whose actions are lost before it has rendered. On a page with the framework only.
 */
export async function waitForHydration(page: Page, selector = "main"): Promise<void> {
  await page.waitForFunction((s) => Object.keys(document.querySelector(s) ?? {}).some((k) => k.startsWith("__react")), selector);
}

/**
 * Waits until React has hydrated the case editor's form and committed it (`data-live`, set by an effect). Playwright's
 * `fill` sets a value from script, and one set before then can be undone by hydration: a CI run once saw a textarea
 * filled while React was hydrating it get the new text before the old, its selection reset (keys typed or text
 * pasted by a person survive: checked by hand).
 */
export async function waitForEditor(page: Page): Promise<void> {
  await waitForHydration(page, "form[aria-busy]");
  await page.locator("form[data-live]").waitFor();
}
