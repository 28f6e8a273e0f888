import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { signIn } from "../session";
import { editorOfNewDraft, field, storedCase } from "./editors";
import { addPolicyArea } from "./new-case";

const AREA = "Update Test Festivals";

/** A City Case Description of Rotterdam on this test's own policy area: the Porto Sereno sample, moved, as a city would send it. */
function rotterdamDocument(): string {
  const sample = readFileSync(path.join("content", "samples", "porto-sereno-new-european-bauhaus.md"), "utf8");
  expect(sample).toContain("**PORTO SERENO, PORTUGAL**");
  expect(sample).toContain("**NEW EUROPEAN BAUHAUS**");
  return sample.replace("**Sample content:** not an ekip case\n\n", "").replace("**NEW EUROPEAN BAUHAUS**", `**${AREA.toUpperCase()}**`).replace("**PORTO SERENO, PORTUGAL**", "**ROTTERDAM, NETHERLANDS**").replaceAll("Porto Sereno", "Rotterdam");
}

test("an editor updates a case from a corrected document: read and compared first, then saved on purpose, keeping what was typed in the editor", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "editor@example.org");
  await addPolicyArea(admin, AREA);
  await admin.context().close();
  const { page, id } = await editorOfNewDraft(browser, "Rotterdam", AREA);
  // Typed in the editor and not saved: it must survive the update.
  await field(page, "Context").fill("Typed in the editor, not saved.");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("link", { name: "Update from a corrected document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Update Rotterdam: ${AREA} from a corrected document`);

  // Another city's document is refused, naming the case it is.
  const sample = readFileSync(path.join("content", "samples", "porto-sereno-new-european-bauhaus.md"), "utf8");
  await page.getByLabel("Or paste the text").fill(sample);
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(`This document is the case of Porto Sereno: New European Bauhaus, not of Rotterdam: ${AREA}`);
  await expect(page.locator("#error-summary")).toBeFocused();

  await page.getByLabel("Or paste the text").fill(rotterdamDocument());
  await page.getByRole("button", { name: "Read the document" }).click();
  const preview = page.getByRole("region", { name: "What the document changes" });
  await expect(preview.getByText("Read against version 1. Replacing the case with it saves version 2; every earlier version stays in the history. The case stays a draft.")).toBeFocused();
  await expect(preview.getByRole("region", { name: "The context" }).locator("ins").first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await storedCase(id)).version).toBe(1);

  await preview.getByLabel("What was corrected? (optional)").fill("The city's own text");
  await preview.getByRole("button", { name: "Replace the case with this document" }).click();
  await expect(page).toHaveURL(new RegExp(`/edit/cases/${id}\\?updated=2$`));
  await expect(page.getByRole("status").filter({ hasText: "Updated from the corrected document as version 2." })).toBeFocused();
  expect((await storedCase(id)).context).toContain("Rotterdam");
  // What was typed before is offered back, over the new version.
  const offer = page.getByRole("region", { name: "You have edits that were not saved" });
  await expect(offer).toContainText("The case has been saved since then");
  await offer.getByRole("button", { name: "Restore my edits" }).click();
  await expect(field(page, "Context")).toHaveValue("Typed in the editor, not saved.");

  await page.goto(`/edit/cases/${id}/history`);
  await expect(page.getByText("Updated from a corrected document: The city's own text")).toBeVisible();

  // The same document again: nothing to update, nothing saved.
  await page.goto(`/edit/cases/${id}/update`);
  await page.getByLabel("Or paste the text").fill(rotterdamDocument());
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(page.getByText("The document holds what the case holds now (version 2): there is nothing to update.")).toBeVisible();
  await page.context().close();
});
