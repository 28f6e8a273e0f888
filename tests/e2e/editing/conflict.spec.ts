import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { keptDraftKey } from "@/lib/editor/kept-drafts";
import { e2eDatabase, signIn, waitForEditor } from "../session";
import { editorOf, editorOfNewDraft, field, keptText, storedCase } from "./editors";

const SLUG = "wierzbno-green-transition";

async function stored() {
  const db = e2eDatabase();
  try {
    const [row] = await db`select id, version, context, ecosystem, (select count(*)::int from case_revisions r where r.case_id = c.id) as revisions from cases c where slug = ${SLUG}`;
    return row as { id: number; version: number; context: string; ecosystem: string; revisions: number };
  } finally {
    await db.end();
  }
}

/** Where the browser keeps the editor's unsaved edits of the case. */
async function keptKey(id: number): Promise<string> {
  const db = e2eDatabase();
  try {
    const [user] = await db`select id from users where email = 'editor@example.org'`;
    return keptDraftKey(user!.id as number, id);
  } finally {
    await db.end();
  }
}

/** The session ends without signing out (it expires, or the browser drops it): what the browser keeps stays. */
async function endSessionCookie(page: Page): Promise<void> {
  // A response already on its way (a prefetch) sets the session cookie again: clear until it stays cleared.
  await page.waitForLoadState("networkidle");
  await expect.poll(async () => {
    await page.context().clearCookies();
    await page.waitForTimeout(300);
    return (await page.context().cookies()).map((c) => c.name);
  }, { timeout: 15_000 }).not.toContain("authjs.session-token");
}


test.describe.configure({ mode: "serial" });

test("two editors on one case: the stale save is refused, the other's changes are merged in, and nothing typed is lost", async ({ browser }) => {
  const before = await stored();
  const first = await editorOf(browser, before.id, "admin@example.org");
  const second = await editorOf(browser, before.id);

  await field(first, "Context").fill("Context rewritten by the first editor.");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.getByText(`Saved as version ${before.version + 1}.`)).toBeVisible();

  await field(second, "Innovation-support ecosystem").fill("Ecosystem rewritten by the second editor.");
  await field(second, "Selected focus").fill("Focus typed by the second editor.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = second.getByRole("alert", { name: "Someone else saved this case while you were editing" });
  await expect(conflict).toContainText(new RegExp(`admin@example\\.org saved version ${before.version + 1} on \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} UTC\\.`));
  await expect(conflict).toContainText("Their changes are now in the form: Context");
  await expect(conflict.locator("ins", { hasText: "rewritten" }).first()).toBeVisible();
  // Named as theirs: the editor's own sections have the same headings.
  await expect(conflict.getByRole("region", { name: /^Their changes: / }).first()).toContainText("rewritten");
  await expect(field(second, "Innovation-support ecosystem")).toHaveValue("Ecosystem rewritten by the second editor.");
  await expect(field(second, "Context")).toHaveValue("Context rewritten by the first editor.");
  expect(await stored()).toMatchObject({ version: before.version + 1, ecosystem: before.ecosystem, revisions: before.revisions + 1 });
  // The page around the editor, and so its status form, is on the version saved meanwhile.
  await expect(second.getByText(`Version ${before.version + 1}, last updated`)).toBeVisible();
  await expectNoAxeViolations(second);

  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText(`Saved as version ${before.version + 2}.`)).toBeVisible();
  expect(await stored()).toMatchObject({
    version: before.version + 2, context: "Context rewritten by the first editor.", ecosystem: "Ecosystem rewritten by the second editor.", revisions: before.revisions + 2,
  });
  await first.context().close();
  await second.context().close();
});

test("two editors changing one list: their new participant and my corrected one are both in the form after the merge", async ({ browser }) => {
  const before = await stored();
  const first = await editorOf(browser, before.id, "admin@example.org");
  const second = await editorOf(browser, before.id);
  const participants = (page: Page) => page.getByRole("group", { name: /^Participant \d+$/ });
  const count = await participants(first).count();

  await first.getByRole("button", { name: "Add participant" }).click();
  await participants(first).last().getByLabel("Name or organisation").fill("Participant added by the first editor");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.getByText(`Saved as version ${before.version + 1}.`)).toBeVisible();

  await participants(second).first().getByLabel("Name or organisation").fill("Participant corrected by the second editor");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = second.getByRole("alert", { name: "Someone else saved this case while you were editing" });
  await expect(conflict).toContainText("Their changes are now in the form: Participants (beside your changes).");
  await expect(conflict).toContainText("They changed nothing that you changed.");
  await expect(participants(second)).toHaveCount(count + 1);
  await expect(participants(second).first().getByLabel("Name or organisation")).toHaveValue("Participant corrected by the second editor");
  await expect(participants(second).last().getByLabel("Name or organisation")).toHaveValue("Participant added by the first editor");

  await second.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText(`Saved as version ${before.version + 2}.`)).toBeVisible();
  const db = e2eDatabase();
  try {
    const names = (await db`select name from participants where case_id = ${before.id} order by position`).map((p) => p.name as string);
    expect(names[0]).toBe("Participant corrected by the second editor");
    expect(names.at(-1)).toBe("Participant added by the first editor");
  } finally {
    await db.end();
  }
  await first.context().close();
  await second.context().close();
});

test("one editor in two windows changing the same part: the second keeps its text, sees the first beside it, and is told it was their own save", async ({ browser }) => {
  const before = await stored();
  const first = await editorOf(browser, before.id);
  const second = await editorOf(browser, before.id);
  await field(first, "Context").fill("Harbour strategy from the first editor.");
  await first.getByRole("button", { name: "Save", exact: true }).click();
  await expect(first.getByText(`Saved as version ${before.version + 1}.`)).toBeVisible();

  await field(second, "Context").fill("The second editor's context.");
  await second.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = second.getByRole("alert", { name: "You saved this case in another tab or window while editing here" });
  await expect(conflict).toContainText(`You saved version ${before.version + 1} on `);
  await expect(conflict).toContainText("You both changed: Context");
  await expect(conflict.locator("ins", { hasText: "Harbour" }).first()).toBeVisible();
  await expect(field(second, "Context")).toHaveValue("The second editor's context.");
  expect((await stored()).context).toBe("Harbour strategy from the first editor.");
  await first.context().close();
  await second.context().close();
});

test("unsaved edits are kept in the browser and offered back when the page opens again", async ({ browser }) => {
  const { id, version } = await stored();
  const page = await editorOf(browser, id);
  await field(page, "Selected focus").fill("Typed, then the tab was closed.");
  await page.getByLabel("What changed (optional, kept with the revision)").fill("Focus reworded after the workshop");
  await expect.poll(async () => keptText(page, await keptKey(id))).toContain("Focus reworded after the workshop");
  await page.goto("/edit");
  await page.goto(`/edit/cases/${id}`);
  const offer = page.getByRole("region", { name: "You have edits that were not saved" });
  await expect(offer).toBeVisible();
  await expectNoAxeViolations(page);
  await offer.getByRole("button", { name: "Restore my edits" }).click();
  await expect(field(page, "Selected focus")).toHaveValue("Typed, then the tab was closed.");
  await expect(page.getByLabel("What changed (optional, kept with the revision)")).toHaveValue("Focus reworded after the workshop");
  // The button pressed is gone with the offer: focus goes to the word that the edits are back, not to the page.
  await expect(page.getByText("Your edits kept in this browser are back in the form. Nothing is saved until you save.")).toBeFocused();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "You have edits that were not saved" })).toHaveCount(0);
  await page.context().close();
});

test("two tabs on one case keep their own unsaved edits: one tab saves, the other is closed unsaved, and its edits are offered back", async ({ browser }) => {
  const { id, version } = await stored();
  const key = await keptKey(id);
  const a = await editorOf(browser, id);
  const b = await a.context().newPage();
  await b.goto(`/edit/cases/${id}`);
  await waitForEditor(b);
  await field(b, "Context").fill("Typed in tab B, never saved.");
  await expect.poll(() => keptText(b, key)).toContain("Typed in tab B");
  await field(a, "Selected focus").fill("Typed in tab A, saved.");
  await a.getByRole("button", { name: "Save", exact: true }).click();
  await expect(a.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  // Tab A's save took its own copy away, not tab B's.
  expect(await keptText(a, key)).toContain("Typed in tab B");
  // Opened again while tab B is open, tab A offers nothing of B's, and its next save leaves B's copy alone.
  await a.reload();
  await waitForEditor(a);
  await a.waitForTimeout(1500);
  await expect(a.getByRole("region", { name: "You have edits that were not saved" })).toHaveCount(0);
  await field(a, "Selected focus").fill("Typed in tab A again, saved.");
  await a.getByRole("button", { name: "Save", exact: true }).click();
  await expect(a.getByText(`Saved as version ${version + 2}.`)).toBeVisible();
  await a.waitForTimeout(500);
  expect(await keptText(a, key)).toContain("Typed in tab B");
  // Tab B goes without asking (a crash, a tab the browser dropped): its edits are offered now.
  await b.close({ runBeforeUnload: false });
  await a.reload();
  const offer = a.getByRole("region", { name: "You have edits that were not saved" });
  await offer.getByRole("button", { name: "Restore my edits" }).click();
  await expect(field(a, "Context")).toHaveValue("Typed in tab B, never saved.");
  await a.context().close();
});

test("kept edits offered and not taken go with the next save: they are not offered at every visit after", async ({ browser }) => {
  const { id, version } = await stored();
  const key = await keptKey(id);
  const page = await editorOf(browser, id);
  await field(page, "Selected focus").fill("Typed, then left for something else.");
  await expect.poll(() => keptText(page, key)).toContain("Typed, then left for something else.");
  await page.reload();
  await expect(page.getByRole("region", { name: "You have edits that were not saved" })).toBeVisible();
  await field(page, "Context").fill("Saved instead of the kept edits.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  await expect(page.getByRole("region", { name: "You have edits that were not saved" })).toHaveCount(0);
  expect(await keptText(page, key)).toBe("");
  await page.context().close();
});

test("a note on what changed, typed alone, is kept and offered back too", async ({ browser }) => {
  const { id } = await stored();
  const page = await editorOf(browser, id);
  const note = page.getByLabel("What changed (optional, kept with the revision)");
  await note.fill("Only a note this time");
  await expect.poll(async () => keptText(page, await keptKey(id))).toContain("Only a note this time");
  await page.reload();
  await page.getByRole("region", { name: "You have edits that were not saved" }).getByRole("button", { name: "Restore my edits" }).click();
  await expect(note).toHaveValue("Only a note this time");
  await page.context().close();
});

test("edits typed just before a reload are kept too: written when the page goes away, not only once typing pauses", async ({ browser }) => {
  const { id } = await stored();
  const page = await editorOf(browser, id);
  await field(page, "Selected focus").fill("Typed, then reloaded at once.");
  await page.getByLabel("Focus (optional)").fill("Renamed before the reload");
  await page.reload();
  const offer = page.getByRole("region", { name: "You have edits that were not saved" });
  await expect(offer).toBeVisible();
  // The edits are this case's own, even though the focus typed renames it: nothing else would be replaced.
  await expect(offer).toContainText("Renamed before the reload");
  await expect(offer).not.toContainText("That is not the case shown below");
  await offer.getByRole("button", { name: "Restore my edits" }).click();
  await expect(field(page, "Selected focus")).toHaveValue("Typed, then reloaded at once.");
  await page.context().close();
});

test("kept edits discarded: gone from the browser, the form on the saved version, and focus on the word that says so", async ({ browser }) => {
  const { id } = await stored();
  const key = await keptKey(id);
  const page = await editorOf(browser, id);
  const original = await field(page, "Selected focus").inputValue();
  await field(page, "Selected focus").fill("Typed, then thrown away.");
  await expect.poll(() => keptText(page, key)).toContain("Typed, then thrown away.");
  await page.reload();
  await waitForEditor(page);
  await page.getByRole("region", { name: "You have edits that were not saved" }).getByRole("button", { name: "Discard them" }).click();
  await expect(page.getByText("The edits kept in this browser are discarded: the form shows the saved version.")).toBeFocused();
  await expect(field(page, "Selected focus")).toHaveValue(original);
  expect(await keptText(page, key)).toBe("");
  await page.context().close();
});

test("a kept copy that holds nothing new is not offered back", async ({ browser }) => {
  const { id } = await stored();
  const key = await keptKey(id);
  const page = await editorOf(browser, id);
  const focus = field(page, "Selected focus");
  const original = await focus.inputValue();
  await focus.fill("Typed, then typed back.");
  await expect.poll(() => keptText(page, key)).toContain("Typed, then typed back.");
  await focus.fill(original);
  await expect.poll(() => keptText(page, key)).not.toContain("Typed, then typed back.");
  await page.reload();
  await expect(field(page, "Selected focus")).toHaveValue(original);
  // The offer is made by an effect once the page has hydrated: wait for React to own the form, then give the
  // effect time to run (an absence cannot be waited for).
  await waitForEditor(page);
  await page.waitForTimeout(1500);
  // Nor kept: a copy of what the form shows has nothing to give back.
  expect(await keptText(page, key)).toBe("");
  await expect(page.getByRole("region", { name: "You have edits that were not saved" })).toHaveCount(0);
  await page.context().close();
});

test("an expired session loses nothing: the save is held back, and goes through after signing in again in another tab", async ({ browser }) => {
  const { id, version } = await stored();
  const page = await editorOf(browser, id);
  await field(page, "Selected focus").fill("Typed while the session ran out.");
  await endSessionCookie(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("You have been signed out, so nothing was saved.")).toBeVisible();
  await expect(field(page, "Selected focus")).toHaveValue("Typed while the session ran out.");
  expect((await stored()).version).toBe(version);

  await signIn(await page.context().newPage(), "editor@example.org");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  await expect(page.getByText("You have been signed out")).toHaveCount(0);
  await page.context().close();
});

test("offline, or with the server unavailable (503), a save is held back with a notice and the form kept as typed; then it goes through", async ({ browser }) => {
  const { id, version } = await stored();
  const page = await editorOf(browser, id);
  await field(page, "Selected focus").fill("Typed on a train without a connection.");
  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The knowledge bank cannot be reached just now, so nothing was saved.")).toBeVisible();
  await expect(page.locator(":focus")).toContainText("cannot be reached just now");
  await expect(field(page, "Selected focus")).toHaveValue("Typed on a train without a connection.");
  expect((await stored()).version).toBe(version);

  await page.context().setOffline(false);
  // The same while the server answers that it is unavailable (503, its database out of reach).
  await page.route("**/api/session", (route) => route.fulfill({ status: 503, body: "unavailable" }));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator(":focus")).toContainText("cannot be reached just now");
  expect((await stored()).version).toBe(version);
  await page.unroute("**/api/session");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  await expect(page.getByText("cannot be reached")).toHaveCount(0);
  await page.context().close();
});

test("with unsaved edits, leaving the editor asks first: a link within the knowledge bank, and closing or reloading the page", async ({ browser }) => {
  const { id, version } = await stored();
  const page = await editorOf(browser, id);
  const asksToLeave = () => page.evaluate(() => { const event = new Event("beforeunload", { cancelable: true }); window.dispatchEvent(event); return event.defaultPrevented; });
  expect(await asksToLeave()).toBe(false);
  await field(page, "Selected focus").fill("Typed, not saved yet.");
  // The question is set up by an effect after the render: asked until it is.
  await expect.poll(asksToLeave).toBe(true);

  const questions: string[] = [];
  page.once("dialog", (dialog) => (questions.push(dialog.message()), dialog.dismiss()));
  await page.getByRole("link", { name: "History of this case" }).click();
  await expect.poll(() => questions).toEqual([expect.stringContaining("You have edits that are not saved.")]);
  await expect(page).toHaveURL(`/edit/cases/${id}`);
  await expect(field(page, "Selected focus")).toHaveValue("Typed, not saved yet.");

  // Saved, nothing is asked.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  await expect.poll(asksToLeave).toBe(false);
  await page.getByRole("link", { name: "History of this case" }).click();
  await expect(page).toHaveURL(`/edit/cases/${id}/history`);
  await page.context().close();
});

test("edits kept for one person are not offered to the next person who signs in on the same browser", async ({ browser }) => {
  const { id } = await stored();
  const page = await editorOf(browser, id);
  await field(page, "Selected focus").fill("Typed by the editor, never saved.");
  await expect.poll(async () => keptText(page, await keptKey(id))).toContain("Typed by the editor");
  await endSessionCookie(page);

  await signIn(page, "admin@example.org");
  await page.goto(`/edit/cases/${id}`);
  await waitForEditor(page);
  await page.waitForTimeout(1500);
  await expect(page.getByRole("region", { name: "You have edits that were not saved" })).toHaveCount(0);
  await expect(field(page, "Selected focus")).not.toHaveValue("Typed by the editor, never saved.");

  await endSessionCookie(page);
  await signIn(page, "editor@example.org");
  await page.goto(`/edit/cases/${id}`);
  await expect(page.getByRole("region", { name: "You have edits that were not saved" })).toBeVisible();
  await page.context().close();
});

test("signing out with unsaved edits asks first, then removes them from the browser", async ({ browser }) => {
  const { id } = await stored();
  const key = await keptKey(id);
  const page = await editorOf(browser, id);
  await field(page, "Selected focus").fill("Typed on a shared computer.");
  await expect.poll(() => keptText(page, key)).toContain("Typed on a shared computer.");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  const warning = page.getByRole("region", { name: "Edits you have not saved" });
  await expect(warning).toBeFocused();
  await expect(warning.getByRole("link")).toHaveAttribute("href", `/edit/cases/${id}`);
  await expect(warning.getByRole("link")).toHaveText("Wierzbno: Green Transition");
  await expectNoAxeViolations(page);
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeFocused();
  expect(await keptText(page, key)).not.toBe("");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await warning.getByRole("button", { name: "Sign out and remove them" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await keptText(page, key)).toBe("");
  // Signed out on the server too: a cookie set again by a response already on its way (a prefetch) opens nothing.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().close();
});

test("Save pressed again before its answer saves once: by a double click, or while the save is on its way, when Save keeps focus and says it is busy", async ({ browser }) => {
  const { page, id } = await editorOfNewDraft(browser, "Lund", "Green Transition");
  const save = page.getByRole("button", { name: "Save", exact: true });
  await field(page, "Context").fill("Written once, saved once.");
  await save.dblclick();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await expect(page.getByText("in another tab or window")).toHaveCount(0);
  expect(await storedCase(id)).toMatchObject({ context: "Written once, saved once.", version: 2 });

  await field(page, "Context").fill("Saved while held.");
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let reached!: () => void;
  const sent = new Promise<void>((resolve) => (reached = resolve));
  let saves = 0;
  await page.route("**/edit/cases/**", async (route) => {
    if (route.request().method() === "POST") {
      saves += 1;
      reached();
      await held;
    }
    await route.continue();
  });
  await save.focus();
  await page.keyboard.press("Enter");
  await sent;
  // The save is on its way (past the check of the session): Save keeps focus, says it is busy, and sends nothing more.
  const busy = page.getByRole("button", { name: "Saving…" });
  await expect(busy).toHaveAttribute("aria-disabled", "true");
  await expect(busy).toBeFocused();
  await page.keyboard.press("Enter");
  // Nor can the form change meanwhile: the answer shows it as saved, and a change typed now would be lost.
  expect(await field(page, "Context").evaluate((e) => e.closest("[inert]") !== null)).toBe(true);
  await expect(page.getByRole("textbox", { name: /^What changed/ })).toHaveAttribute("readonly", "");
  release();
  await expect(page.getByText("Saved as version 3.")).toBeVisible();
  await expect(save).toBeFocused();
  await expect(page.getByText("in another tab or window")).toHaveCount(0);
  expect(saves).toBe(1);
  await expect(field(page, "Context")).toBeEditable();
  expect(await storedCase(id)).toMatchObject({ context: "Saved while held.", version: 3 });
});
