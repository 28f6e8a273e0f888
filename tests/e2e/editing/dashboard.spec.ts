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
  // Focus stays on the button: how many changes are left is said (other tests' changes may come meanwhile).
  const left = await changes.getByRole("listitem").count();
  await expect(changes.getByRole("status")).toHaveText(left ? `${left} change${left > 1 ? "s" : ""} by others listed.` : "Nothing new.");

  const editor = await contextOf(browser, "editor@example.org");
  const other = await editor.newPage();
  await createEmptyDraft(other, "Košice", "Artificial Intelligence");
  await other.getByLabel("Focus (optional)").fill("Museums");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await expect(other.getByText("Saved as version 2.")).toBeVisible();
  await other.getByLabel(/Note with the change/).fill("Ready for a first reading");
  await other.getByRole("button", { name: "Submit for review" }).click();
  await expect(other.getByText("Submitted for review.")).toBeVisible();
  await editor.close();

  await page.reload();
  await expect(changes).toContainText("editor@example.org created Košice: Artificial Intelligence (Museums)");
  // When, to the minute: two changes of one day are told apart.
  await expect(changes).toContainText(/\d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC: editor@example.org saved version 2 Košice: Artificial Intelligence \(Museums\)/);
  await expect(changes).toContainText("editor@example.org moved to in review Košice: Artificial Intelligence (Museums), with the note “Ready for a first reading”");
  await expect(changes).not.toContainText("server created Saint-Etienne");
});
