import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signIn } from "./session";

test("an editor sees the Saint-Etienne case flagged for naming Košice and for lost accents", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/edit/quality");
  const saintEtienne = page.getByRole("region", { name: /Saint-Etienne: Artificial Intelligence/ });
  await expect(saintEtienne.getByText("The summary section names the city Košice, not this case's Saint-Etienne")).toBeVisible();
  await expect(saintEtienne.getByText("“dpartement” looks like “département” with its accents lost")).toBeVisible();
  await expect(page.getByRole("region", { name: /Wierzbno: Green Transition/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the quality page is for signed-in editors only", async ({ page }) => {
  await page.goto("/edit/quality");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fedit%2Fquality$/);
});
