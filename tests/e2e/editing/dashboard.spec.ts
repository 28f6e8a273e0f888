import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { contextOf } from "../replay";
import { signIn } from "../session";
import { createEmptyDraft } from "./new-case";

test("the dashboard shows cases by status and what others changed since the person last looked", async ({ page, browser }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/edit");
  const changes = page.getByRole("region", { name: "What changed since you last looked" });
  await expect(changes).toContainText("server created Saint-Etienne: Artificial Intelligence");
  await expectNoAxeViolations(page);

  await page.getByRole("combobox", { name: "Status" }).selectOption("published");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/status=published/);
  await expect(page.getByRole("rowheader", { name: /Saint-Etienne: Artificial Intelligence/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Draft", exact: true })).toHaveCount(0);

  await changes.getByRole("button", { name: "Mark all as seen" }).click();
  await expect(changes).not.toContainText("server created Saint-Etienne");

  const editor = await contextOf(browser, "editor@example.org");
  const other = await editor.newPage();
  await createEmptyDraft(other, "Košice", "Artificial Intelligence");
  await editor.close();

  await page.reload();
  await expect(changes).toContainText("editor@example.org created Košice: Artificial Intelligence");
  await expect(changes).not.toContainText("server created Saint-Etienne");
});
