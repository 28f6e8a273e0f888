import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { addCityEditor } from "../replay";
import { signIn, waitForEditor } from "../session";
import { caseSlug, editorOf, editorOfNewDraft, field, publishDespiteProblems, storedCase } from "./editors";

// Each test starts a case of its own: they run beside the serial conflict tests on the shared Wierzbno case.

test("a draft published while someone edits it: their save is held back and says so, and the next one goes public knowingly", async ({ browser }) => {
  const { page: author, id } = await editorOfNewDraft(browser, "Košice", "New European Bauhaus");
  await field(author, "Context").fill("Unfinished words, not for the public yet.");

  const publisher = await editorOf(browser, id, "admin@example.org");
  await publishDespiteProblems(publisher);

  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(author.getByText("Nothing was saved: this case was published meanwhile, so a save now changes its public page at once. Your changes are still in this form: save again to keep them.")).toBeVisible();
  await expect(author.getByRole("heading", { name: "Status: Published" })).toBeVisible();
  await expect(field(author, "Context")).toHaveValue("Unfinished words, not for the public yet.");
  expect(await storedCase(id)).toMatchObject({ context: "", version: 1 });
  await expectNoAxeViolations(author);

  await author.getByRole("button", { name: "Save", exact: true }).click();
  // Published despite them, the problems were on the public page already: the save did not bring them.
  await expect(author.getByText(/^Saved as version 2, and public at once\. The public page still has \d+ serious problems? \(listed under “Checks on this case”\)\.$/)).toBeVisible();

  // A status change refused because the case moved on shows where the case is now.
  await publisher.reload();
  await publisher.getByRole("button", { name: "Back to draft" }).click();
  await expect(publisher.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  // The author's page still shows it published: the change is refused, the page then shows it as a draft, and a second press archives it.
  await author.getByLabel("Note with the change (optional)").fill("Withdrawn: the partner asked for it");
  await author.getByRole("button", { name: "Archive" }).click();
  await expect(author.getByText("Someone changed the status of this case since your page showed it as published: it is a draft now. Nothing was changed.")).toBeVisible();
  await expect(author.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  await author.getByRole("button", { name: "Archive" }).click();
  await expect(author.getByRole("heading", { name: "Status: Archived" })).toBeVisible();
  await publisher.getByLabel("Note with the change (optional)").fill("Ready to read again");
  await publisher.getByRole("button", { name: "Submit for review" }).click();
  await expect(publisher.getByText("Someone changed the status of this case since your page showed it as draft: it is archived now. Nothing was changed.")).toBeVisible();
  await expect(publisher.getByRole("heading", { name: "Status: Archived" })).toBeVisible();
  // With the other's note, and the one typed here kept to send again.
  await expect(publisher.getByText("Withdrawn: the partner asked for it")).toBeVisible();
  await expect(publisher.getByLabel("Note with the change (optional)")).toHaveValue("Ready to read again");
  // Asked for a status the case reached meanwhile by another's hand: it says where the case is, not who moved it.
  await publisher.getByLabel("Note with the change (optional)").fill("");
  await author.getByRole("button", { name: "Back to draft" }).click();
  await expect(author.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  await publisher.getByRole("button", { name: "Back to draft" }).click();
  await expect(publisher.getByText("This case is a draft already. Nothing was changed.")).toBeVisible();
  await author.getByRole("button", { name: "Archive" }).click();
  await expect(author.getByRole("heading", { name: "Status: Archived" })).toBeVisible();

  // Its address, once public, now says that it is no longer published (not indexed); the API answers 410.
  const slug = await caseSlug(id);
  const reader = await (await browser.newContext()).newPage();
  // 410 Gone, as the API and the downloads answer: search engines drop it. Twice: the second from the page cache.
  for (const time of ["first", "again"]) expect((await reader.goto(`/cases/${slug}`))?.status(), time).toBe(410);
  await expect(reader.getByRole("heading", { level: 1, name: "This case is no longer published" })).toBeVisible();
  await expect(reader.getByRole("main")).toContainText(`The case at /cases/${slug} was published on`);
  // Nothing of the case as it is now: a draft's words are not public.
  await expect(reader.getByRole("main")).not.toContainText("Košice");
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(reader).toHaveTitle(/^This case is no longer published/);
  await expectNoAxeViolations(reader);
  const api = await reader.request.get(`/api/v1/cases/${slug}`);
  expect(api.status()).toBe(410);
  expect((await api.json()).error.message).toBe(`The case "${slug}" was published and is no longer; if it is published again, it will be here.`);
  // So do its downloads, which citations may link to: "no longer", not "not found".
  for (const file of ["cite.bib", "export.json", "inventory.csv"]) expect((await reader.request.get(`/cases/${slug}/${file}`)).status(), file).toBe(410);
  // And the version a citation names, which went with it.
  expect((await reader.goto(`/cases/${slug}/versions/1`))?.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1, name: "This case is no longer published" })).toBeVisible();
  await expect(reader.getByRole("main")).not.toContainText("Košice");
  // So does what changed since one; an address that names no version is not found, withdrawn case or not.
  expect((await reader.request.get(`/cases/${slug}/versions/1/changes`)).status()).toBe(410);
  expect((await reader.request.get(`/cases/${slug}/versions/abc`)).status()).toBe(404);
  expect((await reader.request.get(`/cases/${slug}/versions/abc/changes`)).status()).toBe(404);
  // And its print view, whose copies on paper name that address as their source.
  expect((await reader.goto(`/cases/${slug}/print`))?.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1, name: "This case is no longer published" })).toBeVisible();
  await reader.context().close();

  // The author's own status change is no change "meanwhile": their next save goes through at once.
  await field(author, "Context").fill("Words written after archiving it myself.");
  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(author.getByText("Saved as version 3.")).toBeVisible();

  // The audit log says from where each of these changes was asked.
  await publisher.goto(`/admin/audit?subject=${encodeURIComponent(slug)}`);
  const rows = publisher.getByRole("row").filter({ has: publisher.getByRole("cell") });
  await expect(rows.first()).toContainText(slug);
  await expect(rows.filter({ hasText: "Case status changed" }).first()).toBeVisible();
  for (const row of await rows.all()) await expect(row.getByRole("cell").last()).toHaveText(/\S/);
  await author.context().close();
  await publisher.context().close();
});

test("a change of status refused because someone saved meanwhile leaves “Publish despite” unticked, the note kept", async ({ browser }) => {
  const { page: author, id } = await editorOfNewDraft(browser, "Porto Sereno", "Green Transition");
  const publisher = await editorOf(browser, id, "admin@example.org");
  const waive = publisher.getByRole("checkbox", { name: /Publish despite \d+ serious problems?/ });
  await waive.check();
  await publisher.getByLabel("Note with the change (optional)").fill("Published as delivered");

  await field(author, "Context").fill("Words the publisher has not seen.");
  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(author.getByText("Saved as version 2.")).toBeVisible();

  await publisher.getByRole("button", { name: "Publish" }).click();
  await expect(publisher.getByText(/changed by someone else \(now version 2\)\. Nothing was saved\. The page now shows version 2/)).toBeVisible();
  await expect(waive).not.toBeChecked();
  await expect(publisher.getByLabel("Note with the change (optional)")).toHaveValue("Published as delivered");
  expect(await storedCase(id)).toMatchObject({ status: "draft", version: 2 });
});

test("a status change with unsaved edits below says so first, goes ahead on a second press, and leaves the edits in the form", async ({ browser }) => {
  const { page: author, id } = await editorOfNewDraft(browser, "Rotterdam", "Green Transition");

  await field(author, "Context").fill("Typed, not saved yet.");
  await author.getByRole("button", { name: "Submit for review" }).click();
  const warning = author.getByText("The form below has changes you have not saved. “Submit for review” applies to version 1 as saved, without them");
  await expect(warning).toBeVisible();
  // Focus on the warning (its text and its own button).
  await expect(warning.locator("xpath=..")).toBeFocused();
  await expect(author.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  await expectNoAxeViolations(author);

  // Saved: no warning, and the save's message goes once the status it was given on has changed.
  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(author.getByText("Saved as version 2.")).toBeVisible();
  await expect(warning).toBeHidden();
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.getByText("Submitted for review.")).toBeVisible();
  await expect(author.getByRole("heading", { name: "Status: In review" })).toBeVisible();
  await expect(author.getByText("Saved as version 2.")).toBeHidden();

  await field(author, "Context").fill("Typed again, not saved.");
  await author.getByRole("button", { name: "Back to draft" }).click();
  await expect(author.getByText("“Back to draft” applies to version 2 as saved, without them").locator("xpath=..")).toBeFocused();
  // From the warning, the next Tab is its own button, which goes ahead; the warning goes with the change.
  await author.keyboard.press("Tab");
  await expect(author.getByRole("button", { name: "Back to draft without them" })).toBeFocused();
  await author.keyboard.press("Enter");
  await expect(author.getByText("Back to draft: the public pages do not show it, and this city's city editors can change it.")).toBeVisible();
  await expect(author.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  await expect(author.getByText(/applies to version \d+ as saved/)).toBeHidden();
  await expect(field(author, "Context")).toHaveValue("Typed again, not saved.");
  // The save's message was given before the status moved away and back: it stays gone.
  await expect(author.getByText("Saved as version 2.")).toBeHidden();
  // Gone ahead once without the edits: the next status change is not warned about again (until a save).
  await author.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(author.getByText("Submitted for review.")).toBeVisible();
  await author.getByRole("button", { name: "Back to draft", exact: true }).click();
  await expect(author.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  expect(await storedCase(id)).toMatchObject({ context: "Typed, not saved yet.", version: 2, status: "draft" });
  await author.context().close();
});

test("a draft both saved and published by someone else meanwhile: one refusal says both and merges their changes in", async ({ browser }) => {
  const { page: author, id } = await editorOfNewDraft(browser, "Košice", "Green Transition");
  await field(author, "Context").fill("The author's context.");

  const publisher = await editorOf(browser, id, "admin@example.org");
  await field(publisher, "Innovation-support ecosystem").fill("The publisher's ecosystem.");
  await publisher.getByRole("button", { name: "Save", exact: true }).click();
  await expect(publisher.getByText(/^Saved as version 2\./)).toBeVisible();
  const waive = publisher.getByLabel(/Publish despite/);
  if (await waive.count()) {
    await waive.check();
    await publisher.getByLabel(/Note with the change/).fill("Published for the test");
  }
  await publisher.getByRole("button", { name: "Publish" }).click();
  await expect(publisher.getByText("Published: the public pages show this version now.")).toBeVisible();

  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(author.getByText(/^Nothing was saved: this case was published meanwhile/)).toBeVisible();
  await expect(author.getByRole("alert", { name: "Someone else saved this case while you were editing" })).toContainText("admin@example.org saved version 2 on ");
  await expect(field(author, "Innovation-support ecosystem")).toHaveValue("The publisher's ecosystem.");
  await expect(field(author, "Context")).toHaveValue("The author's context.");
  await expect(author.getByRole("heading", { name: "Status: Published" })).toBeVisible();

  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(author.getByText(/^Saved as version 3, and public at once/)).toBeVisible();
  expect(await storedCase(id)).toMatchObject({ context: "The author's context.", ecosystem: "The publisher's ecosystem.", version: 3 });
  await author.context().close();
  await publisher.context().close();
});

test("a city editor's case leaving draft, by their own hand or another's, shows it read-only and says their unsaved changes are kept", async ({ browser }) => {
  test.setTimeout(90_000);
  await addCityEditor(await (await browser.newContext()).newPage(), "kept-edits-city@example.org", "kept edits city password");
  const { page: cityEditor, id } = await editorOfNewDraft(browser, "Saint-Etienne", "Green Transition", "kept-edits-city@example.org", "kept edits city password");
  const kept = cityEditor.getByText("Changes to this case that you typed in this browser were not saved. They are kept here, and offered again when the case is back to draft.");

  await field(cityEditor, "Context").fill("Typed before submitting.");
  await cityEditor.getByRole("button", { name: "Submit for review" }).click();
  await cityEditor.getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(cityEditor.getByRole("heading", { name: "Status: In review" })).toBeVisible();
  // Their own change went through, and says so, though no further one is theirs to make.
  await expect(cityEditor.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  await expect(cityEditor.getByText("This case is in review: as a city editor you can change drafts only.")).toBeVisible();
  await expect(cityEditor.getByRole("heading", { level: 1 })).toHaveText(/^Saint-Etienne: Green Transition \(in review: read only\)$/);
  // The button pressed went with the editor: focus goes to what became of the typing.
  await expect(kept).toBeFocused();
  await expectNoAxeViolations(cityEditor);

  // Back to draft: the editor is back, and offers what was kept.
  const admin = await editorOf(browser, id, "admin@example.org");
  await admin.getByRole("button", { name: "Back to draft" }).click();
  await expect(admin.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  await cityEditor.reload();
  await waitForEditor(cityEditor);
  await cityEditor.getByRole("button", { name: /^Restore/ }).click();
  await expect(field(cityEditor, "Context")).toHaveValue("Typed before submitting.");

  // Submitted by someone else while the city editor types: their save is refused, and the page says where the case is.
  await admin.reload();
  await admin.getByRole("button", { name: "Submit for review" }).click();
  await expect(admin.getByRole("heading", { name: "Status: In review" })).toBeVisible();
  await field(cityEditor, "Context").fill("Typed while it went to review.");
  await cityEditor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(cityEditor.getByRole("heading", { name: "Status: In review" })).toBeVisible();
  await expect(kept).toBeFocused();
  // Opened afresh, the page says the same, without taking focus.
  await cityEditor.reload();
  await expect(kept).toBeVisible();
  await expect(kept).not.toBeFocused();
  expect(await storedCase(id)).toMatchObject({ context: "", version: 1, status: "in_review" });
  await cityEditor.context().close();
  await admin.context().close();
});

test("without JavaScript, a city editor's save refused because the case left draft shows what they typed, and the status buttons warn first", async ({ browser }) => {
  test.setTimeout(90_000);
  await addCityEditor(await (await browser.newContext()).newPage(), "no-script-city@example.org", "no script city password", "Ballyvara");
  // A city and policy area no other test gives a case.
  const { page: creator, id } = await editorOfNewDraft(browser, "Ballyvara", "Green Transition", "no-script-city@example.org", "no script city password");
  await creator.context().close();
  const cityEditor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(cityEditor, "no-script-city@example.org", "no script city password");
  await cityEditor.goto(`/edit/cases/${id}`);
  await expect(cityEditor.getByText(/^A status change applies to version 1 as saved and does not save the form below/)).toBeVisible();

  const admin = await editorOf(browser, id, "admin@example.org");
  await admin.getByRole("button", { name: "Submit for review" }).click();
  await expect(admin.getByRole("heading", { name: "Status: In review" })).toBeVisible();

  await field(cityEditor, "Context").fill("Typed without JavaScript\n\nwhile the case went to review.");
  await cityEditor.getByRole("button", { name: "Save", exact: true }).click();
  const refused = cityEditor.getByRole("region", { name: "Your changes were not saved" });
  await expect(refused).toContainText("This case is in review now, and a city editor changes drafts only.");
  await expect(refused.getByRole("heading", { name: "The context" })).toBeVisible();
  await expect(refused).toContainText("Typed without JavaScript\n\nwhile the case went to review.", { useInnerText: true });
  await expect(refused.getByRole("heading")).toHaveCount(2);
  await expect(cityEditor.getByText(/^A status change applies/)).toBeHidden();
  expect(await storedCase(id)).toMatchObject({ context: "", version: 1, status: "in_review" });
  await cityEditor.context().close();
  await admin.context().close();
});

test("a save of a published case that would put a new serious problem on its public page is held back until saved anyway, with a reason", async ({ browser }) => {
  const { page: author, id } = await editorOfNewDraft(browser, "Wierzbno", "New European Bauhaus");
  const publisher = await editorOf(browser, id, "admin@example.org");
  await publisher.getByLabel(/Publish despite/).check();
  await publisher.getByLabel(/Note with the change/).fill("Published for the test");
  await publisher.getByRole("button", { name: "Publish" }).click();
  await expect(publisher.getByText("Published: the public pages show this version now.")).toBeVisible();
  await author.reload();
  await waitForEditor(author);

  // An inventory row without an OPSI facet is a serious problem the public page does not have yet.
  await author.getByRole("button", { name: "Add inventory row" }).click();
  await author.getByRole("group", { name: "Inventory row 1", exact: true }).getByLabel("Actor (organisation)").fill("Wierzbno Makers Without A Facet");
  await author.getByRole("button", { name: "Save", exact: true }).click();
  const summary = author.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("This case is published, and this save would put 1 new serious problem on its public page at once");
  await expect(author.getByRole("region", { name: "Checks on this case" })).toContainText("Wierzbno Makers Without A Facet has no OPSI facet");
  expect(await storedCase(id)).toMatchObject({ version: 1 });
  await expectNoAxeViolations(author);

  const anyway = author.getByRole("checkbox", { name: /Save anyway, with 1 new serious problem on the public page at once/ });
  await anyway.check();
  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(summary).toContainText("Give the reason for saving despite 1 new serious problem in “What changed”");
  expect(await storedCase(id)).toMatchObject({ version: 1 });

  // Once saving anyway is offered, the note says it is required for it.
  await author.getByLabel("What changed (required to save anyway: the reason, kept with the revision)").fill("The facet is being agreed with the partners");
  await author.getByRole("button", { name: "Save", exact: true }).click();
  await expect(author.getByText(/^Saved as version 2, and public at once: the public page now has \d+ serious problems? \(listed under “Checks on this case”\)\.$/)).toBeVisible();
  await expect(anyway).toHaveCount(0);
  expect(await storedCase(id)).toMatchObject({ version: 2, status: "published" });
  await author.context().close();
  await publisher.context().close();
});
