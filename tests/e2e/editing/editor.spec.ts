import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { e2eDatabase, signIn, waitForEditor } from "../session";
import { openNewCase, startFromScratch } from "./new-case";

const LUND = readFileSync("tests/fixtures/cases/lund-variant.md", "utf8");

async function caseRow(slug: string) {
  const db = e2eDatabase();
  try {
    const [row] = await db`select id, status, version, context, ecosystem from cases where slug = ${slug}`;
    return row as { id: number; status: string; version: number; context: string; ecosystem: string } | undefined;
  } finally {
    await db.end();
  }
}

async function lastStatusNote(slug: string): Promise<string | undefined> {
  const db = e2eDatabase();
  try {
    const [row] = await db`select s.note from case_status_changes s join cases c on c.id = s.case_id where c.slug = ${slug} order by s.id desc limit 1`;
    return row?.note as string | undefined;
  } finally {
    await db.end();
  }
}

async function revisionCount(caseId: number): Promise<number> {
  const db = e2eDatabase();
  try {
    return (await db`select count(*)::int as n from case_revisions where case_id = ${caseId}`)[0]!.n as number;
  } finally {
    await db.end();
  }
}

async function openEditor(page: Page, slug: string, { withJavaScript = true } = {}) {
  const row = await caseRow(slug);
  await page.goto(`/edit/cases/${row!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit");
  if (withJavaScript) await waitForEditor(page);
  return row!;
}

test("a file over 200 kB is refused in the browser before it is sent, with the page's words", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openNewCase(page);
  const file = page.getByLabel("Markdown file (.md, up to 200 kB)");
  await file.setInputFiles({ name: "large.md", mimeType: "text/markdown", buffer: Buffer.alloc(5_000_000, "a") });
  expect(await file.evaluate((input) => (input as HTMLInputElement).validationMessage)).toBe("The file is larger than 200 kB: a City Case Description in Markdown is far smaller");
  // Beside the field too, as the server's refusals are, not only in the browser's passing bubble.
  await expect(page.locator("#f-document-error")).toContainText("The file is larger than 200 kB");
  await expect(file).toHaveAttribute("aria-describedby", "f-document-error");
  const posts: string[] = [];
  page.on("request", (request) => void (request.method() === "POST" && posts.push(request.url())));
  await page.getByRole("button", { name: "Read the document" }).click();
  await page.waitForTimeout(1000);
  expect(posts).toEqual([]);
  await file.setInputFiles({ name: "small.md", mimeType: "text/markdown", buffer: Buffer.from("# Not a case") });
  expect(await file.evaluate((input) => (input as HTMLInputElement).validationMessage)).toBe("");
  await expect(page.locator("#f-document-error")).toHaveCount(0);
});

test("pasted text over 200 kB is refused before it is sent and stays in the field; an empty file chosen is named as empty", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openNewCase(page);
  const text = page.getByLabel("Or paste the text");
  await text.fill("a".repeat(250_000));
  await expect(page.locator("#f-document-error")).toContainText("The pasted text is longer than 200 kB");
  const posts: string[] = [];
  page.on("request", (request) => void (request.method() === "POST" && posts.push(request.url())));
  await page.getByRole("button", { name: "Read the document" }).click();
  await page.waitForTimeout(1000);
  expect(posts).toEqual([]);
  expect(await text.evaluate((area) => (area as HTMLTextAreaElement).value.length)).toBe(250_000);

  await text.fill("");
  await page.getByLabel("Markdown file (.md, up to 200 kB)").setInputFiles({ name: "empty.md", mimeType: "text/markdown", buffer: Buffer.alloc(0) });
  await expect(page.locator("#f-document-error")).toContainText("The file chosen was empty, so it was taken off");
  // Taken off, it stops nothing: text pasted instead is read.
  await text.fill(LUND);
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(page.getByLabel("City", { exact: true })).toHaveValue("lund");
});

test("a document nesting quotes 15,000 deep is refused at once with its line, not read for seconds until the server fails", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openNewCase(page);
  await page.getByLabel("Or paste the text").fill(`# City Case Description\n\nCity: Lund\n\n${">".repeat(15_000)}`);
  const answered = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Read the document" }).click();
  expect((await answered).status()).toBe(200);
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("not read: line 5 nests lists or quotes more than 16 deep");
  const health = Date.now();
  expect((await page.request.get("/api/health")).ok()).toBe(true);
  expect(Date.now() - health).toBeLessThan(1_000);
});

test("a pasted document is read with the importer's warnings, and nothing is stored until the draft is saved", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto("/edit/cases/new");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose a Markdown file or paste the document's text");
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();
  await expectNoAxeViolations(page);
  // Its link lands on both ways to give the document, as a group named for them, the error said with it.
  await page.getByRole("link", { name: "Choose a Markdown file or paste the document's text" }).click();
  await expect(page.getByRole("group", { name: "The document: a file, or its text" })).toBeFocused();
  await expect(page.getByRole("group", { name: "The document: a file, or its text" })).toHaveAccessibleDescription(/Choose a Markdown file or paste the document's text/);

  await page.getByLabel("Or paste the text").fill(LUND);
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(page.getByText(/Line 68: "Budget" is not a part of a City Case Description/)).toBeVisible();
  await expect(page.getByLabel("City", { exact: true })).toHaveValue("lund");
  await expect(page.getByRole("group", { name: "Participant 2", exact: true }).getByLabel("Name or organisation")).toHaveValue("Lund University");
  expect(await caseRow("lund-new-european-bauhaus")).toBeUndefined();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/edit\/cases\/\d+\?created=1$/);
  // The page it was saved from is gone: focus goes to what was done, so that it is read out.
  await expect(page.getByText("Draft created as version 1.")).toBeFocused();
  expect(await caseRow("lund-new-european-bauhaus")).toMatchObject({ status: "draft", version: 1 });
  // In a window too short for a bar at its foot (400% zoom), Save stays at the form's end and the fields have the window.
  await page.setViewportSize({ width: 320, height: 256 });
  await expect(page.locator("[data-save-bar]")).toHaveCSS("position", "static");
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.locator("[data-save-bar]")).toHaveCSS("position", "sticky");
  const response = await page.request.get("/cases/lund-new-european-bauhaus");
  expect(response.status()).toBe(404);
});

test("a case started from scratch is written, refused while invalid, published with a reason, and shown publicly at once", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await startFromScratch(page, "Rotterdam", "Artificial Intelligence");
  // The button pressed is gone with the first step: focus goes to what is said of the form that replaced it.
  await expect(page.locator(":focus")).toHaveText("An empty case for Rotterdam: Artificial Intelligence, in the form below. Nothing is stored until you save the draft.");
  await page.getByRole("textbox", { name: "Introduction", exact: true }).fill("Rotterdam asked how *AI* can serve its port's creative firms.");
  await page.getByLabel("Editors’ note (optional)").fill("The participants' list is **being checked** with the city.");
  await page.getByRole("button", { name: "Add participant" }).click();
  await expect(page.getByRole("group", { name: "Participant 1", exact: true }).getByLabel("Name or organisation")).toBeFocused();
  await page.getByRole("button", { name: "Save draft" }).click();

  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Participant 1 name is required");
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: "Participant 1 name is required" }).click();
  await expect(page.getByRole("group", { name: "Participant 1", exact: true }).getByLabel("Name or organisation")).toBeFocused();
  await page.getByRole("group", { name: "Participant 1", exact: true }).getByLabel("Name or organisation").fill("Erasmus University Rotterdam");
  await expect(page.getByRole("textbox", { name: "Introduction", exact: true })).toHaveValue(/serve its port's creative firms/);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/edit\/cases\/\d+\?created=1$/);

  // Each press waits for its answer: an answer arriving after the next field was filled would put the form back.
  const publish = async () => {
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/edit/cases/"));
    await page.getByRole("button", { name: "Publish" }).click();
    await answered;
    await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
  };
  await publish();
  // Said in the summary above the form and beside the box to tick on purpose.
  await expect(page.locator("#status-waive-error")).toContainText(/Publishing is blocked by \d+ serious problems? listed under “Checks on this case”: fix them, or tick “Publish despite \d+ serious problems?”/);
  expect((await caseRow("rotterdam-artificial-intelligence"))?.status).toBe("draft");
  const waive = page.getByRole("checkbox", { name: /Publish despite \d+ serious problems?/ });
  await expect(waive).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  // A note alone is not a reason to publish: the box is ticked on purpose. Ticked without a note, the note is asked for.
  const note = page.getByLabel("Note with the change (optional)");
  await note.fill("Check the actors' names");
  await publish();
  await expect(page.locator("#status-waive-error")).toBeVisible();
  await note.fill("");
  await waive.check();
  await publish();
  await expect(page.locator("#status-note-error")).toHaveText(/Give the reason for publishing despite \d+ serious problems? in the note/);
  await expect(waive).toBeChecked();
  // A note longer than the field takes (as a form sent without the browser's limit): said beside it, kept to shorten.
  await note.evaluate((field, text) => ((field as HTMLTextAreaElement).value = text), "x".repeat(1001));
  await publish();
  await expect(page.locator("#status-note-error")).toHaveText("Keep the note to 1,000 characters at most: this one has 1,001");
  await expect(note).toHaveValue("x".repeat(1001));
  expect((await caseRow("rotterdam-artificial-intelligence"))?.status).toBe("draft");
  // 1,000 characters with a line break fit, as the field counts them (the form sends the break as two).
  const reason = "A first outline, published for the partners' meeting";
  await note.fill(`${reason}\n${"y".repeat(1000 - reason.length - 1)}`);
  await publish();
  await expect(page.getByText("Published: the public pages show this version now.")).toBeVisible();
  // The address still says ?created=1; the page no longer says the draft was just created.
  await expect(page.getByText("Draft created as version 1.")).toHaveCount(0);
  // The reason stays with the case: on its page, emptied from the form, and in its history.
  await expect(page.getByText(/Last change of status: From draft to published, at version 1, by editor@example\.org/)).toBeVisible();
  await expect(page.getByText("A first outline, published for the partners' meeting")).toBeVisible();
  await expect(waive).toHaveCount(0);
  await expect(note).toHaveValue("");
  expect(await lastStatusNote("rotterdam-artificial-intelligence")).toBe(`${reason}\n${"y".repeat(1000 - reason.length - 1)}`);
  await page.getByRole("link", { name: "History of this case" }).click();
  const changes = page.getByRole("region", { name: "Changes of status (1)" });
  await expect(changes.getByText("Reason for publishing despite serious problems:")).toBeVisible();
  await expect(changes.getByText("A first outline, published for the partners' meeting")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/cases/rotterdam-artificial-intelligence");
  await expect(page.getByText("Rotterdam asked how")).toBeVisible();
  await expect(page.getByRole("emphasis").filter({ hasText: "AI" })).toBeVisible();
  await expect(page.getByText(/Last updated/i).first()).toBeVisible();
  const editorsNote = page.getByRole("complementary", { name: "Note from ekip’s editors" });
  await expect(editorsNote).toContainText("The participants' list is being checked with the city.");
  await expect(editorsNote.getByRole("strong")).toHaveText("being checked");
});

test("after a save, the checks see the stakeholder that the save linked to the inventory's actor of the same name", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await startFromScratch(page, "Bratislava", "New European Bauhaus");
  await page.getByRole("button", { name: "Add inventory row" }).click();
  await page.getByRole("group", { name: "Inventory row 1", exact: true }).getByLabel("Actor (organisation)").fill("Het Nieuwe Instituut Linked");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/edit\/cases\/\d+\?created=1$/);
  const checks = page.getByRole("region", { name: "Checks on this case" });
  await expect(checks).toContainText("has no OPSI facet");
  // A check's link takes focus to the part of the case it is about, so that Tab goes on from there.
  await checks.getByRole("listitem").filter({ hasText: "has no OPSI facet" }).getByRole("link", { name: "inventory" }).click();
  await expect(page.getByRole("region", { name: "Inventory of actors", exact: true })).toBeFocused();

  // A stakeholder named as the inventory's actor, added to the saved case: the save links the two.
  await page.getByRole("button", { name: "Add stakeholder" }).click();
  await page.getByRole("group", { name: "Stakeholder 1", exact: true }).getByLabel("Name", { exact: true }).fill("Het Nieuwe Instituut Linked");
  const note = page.getByLabel("What changed (optional, kept with the revision)");
  await note.fill("Stakeholder added");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  // The note went with version 2: the next save starts without it.
  await expect(note).toHaveValue("");
  await expect(checks).toContainText("has no OPSI facet");
  await expect(checks).not.toContainText("is not in the inventory");
});

test("every button that changes a list says which list and entry: no two share a name", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openEditor(page, "saint-etienne-artificial-intelligence");
  const names = await page.locator('button[name="intent"]:not([value="save"])').evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
  expect(names.length).toBeGreaterThan(100);
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  expect(names).toContain("Add summary conclusion: at the end of the list");
  expect(names).toContain("Remove: closing recommendation 2");
});

test("every field of the editor is named by its label, and no two elements share an id", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openEditor(page, "saint-etienne-artificial-intelligence");
  const ids = await page.locator("[id]").evaluateAll((elements) => elements.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const unlabelled = await page.locator("form input:not([type=hidden]), form textarea, form select").evaluateAll((fields) =>
    fields.filter((f) => !(f as HTMLInputElement).labels?.length && !f.getAttribute("aria-label")).map((f) => f.getAttribute("name")));
  expect(unlabelled).toEqual([]);
  // A challenge's text, a list entry that is one value, is named by its label.
  const item = page.getByRole("group", { name: "Challenge group 1 item 1", exact: true }).getByRole("textbox", { name: "Text" });
  await expect(item).toHaveAttribute("name", "portfolio.challenges.0.items.0");
  // The error summary's link to a problem of a whole list ("At most 100 methods") has somewhere to land.
  for (const list of ["participants", "inventory", "methods", "findings-recommendations"]) await expect(page.locator(`#f-${list}`), list).toHaveCount(1);
  // In forced colours, which drop backgrounds, a filled button keeps an edge.
  // (Width, not style: the reset gives every button a solid border 0 px wide.)
  const save = page.getByRole("button", { name: "Save", exact: true });
  const edge = () => save.evaluate((button) => getComputedStyle(button).borderTopWidth);
  expect(await edge()).toBe("0px");
  await page.emulateMedia({ forcedColors: "active" });
  expect(await edge()).toBe("1px");
  await page.emulateMedia({ forcedColors: "none" });
});

test("on a 375 px phone the save bar, which stays in view, takes less than a fifth of the screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await signIn(page, "editor@example.org");
  await openEditor(page, "saint-etienne-artificial-intelligence");
  const bar = await page.getByRole("button", { name: "Save", exact: true }).locator("..").boundingBox();
  expect(bar!.height).toBeLessThan(667 / 5);
});

/** The fields that Tab brings to rest under the save bar: the first `stops`, or the whole form up to the bar. */
async function fieldsUnderTheBar(page: Page, stops: number | "to the bar"): Promise<string[]> {
  const hidden: string[] = [];
  await page.getByLabel("Title (optional)").focus();
  for (let i = 0; i < (stops === "to the bar" ? 400 : stops); i++) {
    await page.keyboard.press("Tab");
    const place = await page.evaluate(() => {
      const focused = document.activeElement!;
      const bar = document.querySelector("[data-save-bar]")!;
      if (bar.contains(focused)) return "the bar";
      const [field, top] = [focused.getBoundingClientRect(), bar.getBoundingClientRect().top];
      // A text area taller than the room above the bar shows its top, where typing starts.
      const shown = field.top + Math.min(field.height, 48);
      return shown > top ? `${focused.getAttribute("name") ?? focused.textContent}: ${Math.round(shown)} > ${Math.round(top)}` : null;
    });
    if (place === "the bar") return hidden;
    if (place) hidden.push(place);
  }
  if (stops === "to the bar") throw new Error("Tab did not reach the save bar");
  return hidden;
}

test("going through the form by keyboard, the focused field is never under the save bar", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Scrolled at once, not smoothly: each field is measured where it comes to rest.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await signIn(page, "editor@example.org");
  await openEditor(page, "saint-etienne-artificial-intelligence");
  expect(await fieldsUnderTheBar(page, 60)).toEqual([]);
});

test("on a 320 px phone, with a save's answer making the bar taller, the focused field is never under it", async ({ page }) => {
  // A focus of its own: every city and policy area may have a case of another test's already.
  await signIn(page, "editor@example.org");
  await startFromScratch(page, "Lund", "Artificial Intelligence");
  await page.getByRole("textbox", { name: "Focus (optional)" }).fill("Save bar on a phone");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft created as version 1.")).toBeVisible();
  await waitForEditor(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  const bar = page.locator("[data-save-bar]");
  const before = (await bar.boundingBox())!.height;
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(bar.getByRole("status")).toHaveText("Nothing changed since version 1, so no new version was saved.");
  expect((await bar.boundingBox())!.height).toBeGreaterThan(before + 40);
  expect(await fieldsUnderTheBar(page, "to the bar")).toEqual([]);
});

test("lists are reordered by keyboard, focus stays on the entry that moved, and a screen reader is told what changed", async ({ page }) => {
  await signIn(page, "editor@example.org");
  const row = await openEditor(page, "saint-etienne-artificial-intelligence");
  const first = page.getByRole("group", { name: "Participant 1", exact: true }).getByLabel("Name or organisation");
  const second = page.getByRole("group", { name: "Participant 2", exact: true }).getByLabel("Name or organisation");
  const [a, b] = [await first.inputValue(), await second.inputValue()];
  await page.getByRole("button", { name: "Move down: participant 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(first).toHaveValue(b);
  await expect(second).toHaveValue(a);
  await expect(page.getByRole("button", { name: "Move down: participant 2" })).toBeFocused();
  // The status region says what happened: focus alone tells where an entry went, not that one was removed.
  const said = page.getByRole("status").filter({ hasText: /participant/ });
  await expect(said).toHaveText("Moved participant 1 down: it is now participant 2.");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Move up: participant 2" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(first).toHaveValue(a);
  await expect(said).toHaveText("Moved participant 2 up: it is now participant 1.");
  const count = await page.getByRole("group", { name: /^Participant \d+$/ }).count();
  await page.getByRole("button", { name: "Remove: participant 2" }).click();
  await expect(said).toHaveText(`Removed participant 2; ${count - 1} participants left.`);
  expect((await caseRow("saint-etienne-artificial-intelligence"))?.version).toBe(row.version);
});

test("saving a case without changing anything makes no new version, and says so", async ({ page }) => {
  await signIn(page, "editor@example.org");
  for (const slug of ["saint-etienne-artificial-intelligence", "porto-sereno-new-european-bauhaus"]) {
    const row = await openEditor(page, slug);
    const before = await revisionCount(row.id);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    // Said beside Save, where focus stays (the button, disabled while waiting, would drop it to the page).
    const bar = page.locator("[data-save-bar]");
    await expect(bar.getByRole("status"), slug).toHaveText(`Nothing changed since version ${row.version}, so no new version was saved.`);
    await expect(bar.getByRole("button", { name: "Save", exact: true }), slug).toBeFocused();
    expect([(await caseRow(slug))?.version, await revisionCount(row.id)], slug).toEqual([row.version, before]);
  }
});

test("Enter in a one-line field neither saves nor presses a list button: on a published case it would go public half-typed", async ({ page }) => {
  await signIn(page, "editor@example.org");
  const row = await openEditor(page, "porto-sereno-new-european-bauhaus");
  const participants = page.getByRole("group", { name: /^Participant \d+$/ });
  const count = await participants.count();
  const first = await participants.first().getByLabel("Name or organisation").inputValue();
  const posts: string[] = [];
  page.on("request", (request) => void (request.method() === "POST" && posts.push(request.url())));
  const title = page.getByRole("textbox", { name: "Title (optional)", exact: true });
  await title.fill("Half-typ");
  await title.press("Enter");
  // The form's default button, which Enter presses, is a disabled one: Enter does nothing (HTML's implicit submission).
  expect(await title.evaluate((e) => (e as HTMLInputElement).form!.querySelector<HTMLButtonElement>("button[type=submit], button:not([type])")!.disabled)).toBe(true);
  await page.waitForTimeout(1000);
  expect(posts).toEqual([]);
  await expect(title).toBeFocused();
  await expect(participants).toHaveCount(count);
  await expect(participants.first().getByLabel("Name or organisation")).toHaveValue(first);
  expect((await caseRow("porto-sereno-new-european-bauhaus"))?.version).toBe(row.version);
});

test("moving a closing conclusion keeps the numbers in order, and a save changes only what moved", async ({ page }) => {
  await signIn(page, "editor@example.org");
  const row = await openEditor(page, "saint-etienne-artificial-intelligence");
  const conclusion = (n: number) => page.getByRole("group", { name: `Closing conclusion ${n}`, exact: true });
  const [second, third] = [await conclusion(2).getByLabel("Title").inputValue(), await conclusion(3).getByLabel("Title").inputValue()];
  await page.getByRole("button", { name: "Move up: closing conclusion 3" }).click();
  await expect(conclusion(2).getByLabel("Title")).toHaveValue(third);
  await expect(conclusion(3).getByLabel("Title")).toHaveValue(second);
  await expect(conclusion(2).getByLabel("Number")).toHaveValue("2");
  await expect(conclusion(3).getByLabel("Number")).toHaveValue("3");
  await page.getByRole("button", { name: "Move down: closing conclusion 2" }).click();
  await expect(conclusion(2).getByLabel("Title")).toHaveValue(second);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // Moved back: nothing changed, and no inventory row's facets were reordered on the way.
  await expect(page.getByText(`Nothing changed since version ${row.version}, so no new version was saved.`)).toBeVisible();
});

test("the Saint-Etienne case's editor lists its quality problems, Košice among them", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openEditor(page, "saint-etienne-artificial-intelligence");
  await expect(page).toHaveTitle(/^Edit Saint-Etienne: Artificial Intelligence\b/);
  const checks = page.getByRole("region", { name: "Checks on this case" });
  await expect(checks).toContainText("The summary section names the city Košice, not this case's Saint-Etienne");
  await expect(checks).toContainText("“suprieure” looks like");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByText(/Preview of version \d+ \(published\)/)).toBeVisible();
  await expect(page).toHaveTitle(/^Preview of Saint-Etienne: Artificial Intelligence\b/);
  await expect(page.getByRole("heading", { name: "Key challenges" })).toBeVisible();
  // What the editor holds may not be public: nothing in a preview offers to cite it.
  await expect(page.getByText("Link to main recommendation 1")).toBeVisible();
  await expect(page.getByText(/^Cite (main|closing) /)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an actor field suggests organisations of other cases as the name is typed, asked of the server", async ({ page, playwright }) => {
  await signIn(page, "editor@example.org");
  await openEditor(page, "saint-etienne-artificial-intelligence");
  const suggested = page.locator("datalist#editor-organisations option");
  // At first only the organisations this case names: the list of every organisation could be tens of thousands.
  await expect(suggested.first()).toBeAttached();
  expect(await suggested.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).not.toContain("Harbour Co-Work Ballyvara");
  const actor = page.getByLabel("Actor (organisation)").first();
  await expect(actor).toHaveAttribute("list", "editor-organisations");
  await actor.clear();
  await actor.pressSequentially("harbour co");
  await expect(page.locator('datalist#editor-organisations option[value="Harbour Co-Work Ballyvara"]')).toBeAttached();

  const tooShort = await page.request.get("/edit/organisations/suggestions?q=h");
  expect(tooShort.status()).toBe(400);
  expect(await tooShort.json()).toEqual({ error: { message: "Give at least 2 letters of a name as q" } });
  const notUtf8 = await page.request.get("/edit/organisations/suggestions?q=caf%E9");
  expect(notUtf8.status()).toBe(400);
  expect((await notUtf8.json()).error.message).toMatch(/^The name to look for holds “\uFFFD”, which stands for bytes that were not UTF-8/);
  const anonymous = await playwright.request.newContext();
  const refused = await anonymous.get("/edit/organisations/suggestions?q=harbour", { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()["location"]).toContain("/sign-in");
  await anonymous.dispose();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("lists change and errors show, and nothing is stored until a valid save", async ({ page }) => {
    await signIn(page, "editor@example.org");
    const row = await openEditor(page, "saint-etienne-artificial-intelligence", { withJavaScript: false });
    const count = await page.getByRole("group", { name: /^Participant \d+$/ }).count();
    const note = page.getByLabel("What changed (optional, kept with the revision)");
    await note.fill("Participants checked");
    await page.getByRole("button", { name: "Add participant" }).click();
    await expect(page.getByRole("group", { name: /^Participant \d+$/ })).toHaveCount(count + 1);
    await expect(note).toHaveValue("Participants checked"); // the page is new, the note still in it
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText(`Participant ${count + 1} name is required`);
    await expect(note).toHaveValue("Participants checked");
    await page.getByRole("button", { name: `Remove: participant ${count + 1}` }).click();
    await expect(page.getByRole("group", { name: /^Participant \d+$/ })).toHaveCount(count);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText(`Nothing changed since version ${row.version}, so no new version was saved.`)).toBeVisible();
    expect((await caseRow("saint-etienne-artificial-intelligence"))?.version).toBe(row.version);
  });

  test("a document is read and saved as a new draft", async ({ page }) => {
    await signIn(page, "editor@example.org");
    await page.goto("/edit/cases/new");
    await page.getByLabel("Or paste the text").fill(LUND.replaceAll("Lund", "Rotterdam").replaceAll("Sweden", "Netherlands"));
    await page.getByRole("button", { name: "Read the document" }).click();
    await expect(page.getByText(/Line 68: "Budget" is not a part/)).toBeVisible();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft created as version 1.")).toBeVisible();
    expect(await caseRow("rotterdam-new-european-bauhaus")).toMatchObject({ status: "draft", version: 1 });
  });
});

test("an unknown case under /edit is answered 404 in the editors' words, not the readers' (\"not published yet\")", async ({ page }) => {
  await signIn(page, "editor@example.org");
  const response = await page.goto("/edit/cases/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await expect(page.getByRole("link", { name: "Go to all cases" })).toHaveAttribute("href", "/edit");
  await expect(page.getByText("not be published yet")).toHaveCount(0);
  // The page comes whole from the server in front of Next (scripts/error-pages.mjs), with its own title.
  await expect(page).toHaveTitle(/^Not found · /);
  expect((await page.goto("/edit/cases/999999/preview"))?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Not found · /);
});

test("edits kept from another document say whose they are, and that restoring them replaces the one just read", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openNewCase(page);
  await page.getByLabel("Or paste the text").fill(LUND);
  await page.getByRole("button", { name: "Read the document" }).click();
  await page.getByLabel("Title (optional)").fill("Kept from Lund");
  await page.waitForFunction(() => Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes("Kept from Lund")));
  await openNewCase(page);
  await page.getByLabel("Or paste the text").fill(LUND.replaceAll("Lund", "Rotterdam").replaceAll("Sweden", "Netherlands"));
  await page.getByRole("button", { name: "Read the document" }).click();
  const offer = page.getByRole("region", { name: "You have edits that were not saved" });
  await expect(offer).toContainText("This browser kept what you typed for Lund: New European Bauhaus on");
  await expect(offer).toContainText("That is not the case shown below (Rotterdam: New European Bauhaus): restoring replaces it.");
});

test("a document read for one city and saved for another gets the address of the city chosen", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await openNewCase(page);
  await page.getByLabel("Or paste the text").fill(LUND);
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(page.getByLabel("Address (slug)")).toHaveValue("lund-new-european-bauhaus");
  await expect(page.locator(":focus")).toContainText(/^The document is read into the form below; 1 line could not be placed and the checks find 3 serious problems \(listed under “Checks on this case”\)\. Nothing is stored until you save the draft\.$/);
  // The checks are there before the first save, as after it.
  await expect(page.getByRole("region", { name: "Checks on this case" })).toContainText("Serious (blocks publishing): The innovation support ecosystem is empty");
  const slug = page.getByLabel("Address (slug)");
  // The address shown follows the choices, so the one saved is the one read.
  await page.getByLabel("City", { exact: true }).selectOption({ label: "Košice" });
  await expect(slug).toHaveValue("kosice-new-european-bauhaus");
  await page.getByLabel("Focus (optional)").fill("Crafts");
  await expect(slug).toHaveValue("kosice-new-european-bauhaus-crafts");
  await page.getByLabel("Focus (optional)").fill("");
  await page.getByLabel("City", { exact: true }).selectOption({ label: "Saint-Etienne" });
  await expect(slug).toHaveValue("saint-etienne-new-european-bauhaus");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/edit\/cases\/\d+\?created=1$/);
  expect(await caseRow("saint-etienne-new-european-bauhaus")).toMatchObject({ status: "draft", version: 1 });
});
