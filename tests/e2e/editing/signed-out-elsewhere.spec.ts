import { expect, test } from "@playwright/test";
import { addCityEditor } from "../replay";
import { signIn } from "../session";
import { editorOfNewDraft, field, storedCase } from "./editors";

const EMAIL = "signed-out-elsewhere@example.org";
const PASSWORD = "signed out elsewhere password";

test("signed out everywhere from another browser: the save is held back with the notice, the text kept, and goes through after signing in again", async ({ browser }) => {
  await addCityEditor(await (await browser.newContext()).newPage(), EMAIL, PASSWORD, "Bratislava");
  const { page, id } = await editorOfNewDraft(browser, "Bratislava", "Green Transition", EMAIL, PASSWORD);
  await field(page, "Selected focus").fill("Typed before being signed out elsewhere.");

  // The token in this browser is still valid: only the database knows the session has ended.
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, EMAIL, PASSWORD);
  await elsewhere.goto("/account");
  await elsewhere.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("You have been signed out, so nothing was saved.")).toBeVisible();
  // Said where the person is looking: the notice takes focus (the Save button is in the bar at the bottom).
  const notice = page.locator("div[tabindex='-1']").filter({ hasText: "You have been signed out" });
  await expect(notice).toBeFocused();
  await expect(notice).toBeInViewport();
  await expect(field(page, "Selected focus")).toHaveValue("Typed before being signed out elsewhere.");
  expect((await storedCase(id)).version).toBe(1);

  await signIn(await page.context().newPage(), EMAIL, PASSWORD);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await page.context().close();
  await elsewhere.context().close();
});
