import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { contextOf } from "../replay";
import { signIn } from "../session";

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
  await other.goto("/edit/cases/new");
  const scratch = other.getByRole("region", { name: "From scratch" });
  await scratch.getByLabel("City").selectOption({ label: "Košice" });
  await scratch.getByLabel("Policy area").selectOption({ label: "Artificial Intelligence" });
  await scratch.getByRole("button", { name: "Start an empty case" }).click();
  await other.getByRole("button", { name: "Save draft" }).click();
  await expect(other.getByText("Draft created as version 1.")).toBeVisible();
  await editor.close();

  await page.reload();
  await expect(changes).toContainText("editor@example.org created Košice: Artificial Intelligence");
  await expect(changes).not.toContainText("server created Saint-Etienne");
});
