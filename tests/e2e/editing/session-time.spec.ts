import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { signIn } from "../session";
import { openNewCase } from "./new-case";

// The page's clock is Playwright's: two hours pass in a moment. The server's session lasts two hours without a request.
test("someone working without sending anything is warned before the session ends, and any key keeps it; work itself keeps it too", async ({ page }) => {
  await page.clock.install();
  await signIn(page, "editor@example.org");
  await openNewCase(page);
  const warning = page.getByRole("alert").filter({ hasText: "you will be signed out within 10 minutes" });
  const renewals: string[] = [];
  page.on("request", (request) => void (new URL(request.url()).pathname === "/api/auth/session" && renewals.push(request.url())));

  // Typing now and then, with nothing sent: the session is renewed as it goes, and no warning comes.
  const text = page.getByLabel("Or paste the text");
  for (let minutes = 0; minutes < 120; minutes += 20) {
    await page.clock.fastForward("20:00");
    await text.press("a");
  }
  await expect.poll(() => renewals.length).toBeGreaterThanOrEqual(6);
  await expect(warning).toHaveCount(0);

  // Reading for 1 hour 51 minutes: warned, said aloud (an alert), and a key pressed keeps the session.
  await page.clock.fastForward("01:51:00");
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page);
  const before = renewals.length;
  await page.keyboard.press("Shift");
  await expect(warning).toHaveCount(0);
  await expect.poll(() => renewals.length).toBe(before + 1);

  // Warned again, the button does the same.
  await page.clock.fastForward("01:51:00");
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toHaveCount(0);
  await expect.poll(() => renewals.length).toBe(before + 2);
  // And the session is there: the server still knows this person.
  expect(((await (await page.request.get("/api/session")).json()) as { signedIn: boolean }).signedIn).toBe(true);
});
