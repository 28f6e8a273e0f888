import { expect, type Browser, type Page, type Request } from "@playwright/test";
import { signIn } from "./session";

/** A server action request as a browser sent it, to send again as someone else. */
export type Captured = { url: string; headers: Record<string, string>; body: Buffer };

/** Records the server action request `submit` makes, once the page shows it is done. */
export async function capture(page: Page, submit: () => Promise<void>, done: string | RegExp): Promise<Captured> {
  const [request] = await Promise.all([page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]), submit()]);
  // The request has done its work before anything is compared.
  await expect(page.getByText(done).first()).toBeVisible();
  const headers = request.headers();
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept"];
  return { url: request.url(), headers: Object.fromEntries(keep.filter((k) => headers[k]).map((k) => [k, headers[k]!])), body: request.postDataBuffer()! };
}

/** A browser context signed in as this person, or anonymous. */
export async function contextOf(browser: Browser, email: string | null, password?: string) {
  const context = await browser.newContext();
  if (email) await signIn(await context.newPage(), email, password);
  return context;
}

/**
 * The captured request sent again by another context. A kept-alive connection the server closes as idle just as
 * it is used again is reset before the request is read (ECONNRESET, seen in CI here as in signIn): sent again then.
 */
export async function replay(context: { request: { post: Page["request"]["post"] } }, request: Captured, origin: string) {
  return context.request.post(request.url, { headers: { ...request.headers, origin }, data: request.body, maxRedirects: 0, maxRetries: 2 });
}

/** A city editor of a city (Saint-Etienne unless told), added by the admin through the product. */
export async function addCityEditor(page: Page, email: string, password: string, city = "Saint-Etienne") {
  await signIn(page, "admin@example.org");
  await page.goto("/admin/users");
  const add = page.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Email address").fill(email);
  await add.getByLabel("Name", { exact: true }).fill(`${city} editor`);
  await add.getByLabel("Role").selectOption("city_editor");
  await add.getByLabel(city).check();
  await add.getByLabel(/First password/).fill(password);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText(`Account created for ${email}.`)).toBeVisible();
  // Listed with the name given and the city's name (not its slug).
  await expect(page.getByRole("heading", { level: 3, name: `${email} · ${city} editor · City editor (${city})` })).toBeVisible();
}
