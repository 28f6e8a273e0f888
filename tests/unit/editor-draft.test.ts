import { describe, expect, it } from "vitest";
import { caseDocumentSchema, FACETS, LIST_LIMITS, TEXT_LIMITS, type CaseDocument, type Finding, type ThemeGroup } from "@/lib/case/schema";
import { draftFromForm, inventoryRowKey, newPlacesFromForm, readForm } from "@/lib/editor/draft-form";
import { applyListIntent, entryCount, listChangeSaid, parseListIntent } from "@/lib/editor/draft-lists";
import { editorErrors, fieldKey, fieldLabel } from "@/lib/editor/field-labels";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

const delivered = parseFile(DELIVERED_CASE);

/** A case as the editor's form posts it: the field names of components/case-editor/*.tsx. */
function formOf(c: CaseDocument): FormData {
  const form = new FormData();
  const put = (name: string, value: string | number | null) => form.append(name, value === null ? "" : String(value));
  const findings = (path: string, list: Finding[]) =>
    list.forEach((f, i) => { put(`${path}.${i}.number`, f.number); put(`${path}.${i}.title`, f.title); put(`${path}.${i}.body`, f.body); });
  const themes = (path: string, groups: ThemeGroup[]) =>
    groups.forEach((g, i) => { put(`${path}.${i}.heading`, g.heading); g.items.forEach((item, j) => put(`${path}.${i}.items.${j}`, item)); });

  put("city.slug", c.city.slug);
  put("policyArea.slug", c.policyArea.slug);
  put("slug", c.slug);
  put("focus", c.focus);
  put("title", c.title);
  put("workshopDate", c.workshopDate);
  if (c.sample) put("sample", "on");
  put("introduction", c.introduction);
  put("policyAreaIntro", c.policyAreaIntro);
  put("cityIntro", c.cityIntro);
  c.participants.forEach((p, i) => { put(`participants.${i}.name`, p.name); put(`participants.${i}.actor`, p.actor); put(`participants.${i}.actorFor`, p.name); });
  findings("summary.conclusions", c.summary.conclusions);
  findings("summary.recommendations", c.summary.recommendations);
  put("context", c.context);
  put("selectedFocus", c.selectedFocus);
  put("ecosystem", c.ecosystem);
  put("portfolio.title", c.portfolio.title);
  put("portfolio.scope", c.portfolio.scope);
  put("portfolio.coordinator", c.portfolio.coordinator);
  c.portfolio.stakeholders.forEach((s, i) => {
    const p = `portfolio.stakeholders.${i}`;
    put(`${p}.category`, s.category); put(`${p}.name`, s.name); put(`${p}.actor`, s.actor); put(`${p}.actorFor`, s.name);
  });
  themes("portfolio.challenges", c.portfolio.challenges);
  themes("portfolio.opportunities", c.portfolio.opportunities);
  c.inventory.forEach((r, i) => {
    const p = `inventory.${i}`;
    put(`${p}.actor.name`, r.actor.name); put(`${p}.actor.slug`, r.actor.slug); put(`${p}.actor.slugFor`, r.actor.name);
    put(`${p}.areaOfExpertise`, r.areaOfExpertise); put(`${p}.targetGroup`, r.targetGroup);
    // As a browser sends them: the boxes in the order of FACETS, the row's own order in a hidden field.
    put(`${p}.facetOrder`, r.facets.join(" "));
    FACETS.filter((f) => r.facets.includes(f)).forEach((f) => put(`${p}.facets`, f));
    put(`${p}.innovationNote`, r.innovationNote);
    if (r.isResource) put(`${p}.isResource`, "on");
    put(`${p}.rawText`, r.rawText); put(`${p}.rawTextFor`, inventoryRowKey(r));
  });
  c.methods.forEach((m, i) => { put(`methods.${i}.name`, m.name); put(`methods.${i}.description`, m.description); put(`methods.${i}.slug`, m.slug); put(`methods.${i}.slugFor`, m.name); });
  findings("findings.conclusions", c.findings.conclusions);
  findings("findings.recommendations", c.findings.recommendations);
  c.extraSections.forEach((s, i) => { put(`extraSections.${i}.heading`, s.heading); put(`extraSections.${i}.body`, s.body); put(`extraSections.${i}.after`, s.after); });
  return form;
}

/** What the server fills in from the database: the city's and policy area's details. */
const withoutPlaceDetails = (c: CaseDocument) => ({ ...c, city: { slug: c.city.slug }, policyArea: { slug: c.policyArea.slug } });

describe("reading the editor's form into a case", () => {
  it("reads a form built from the delivered case back into the same case, but for the city's and policy area's details", () => {
    // Guard: the fixture exercises links, facets, resources, notes and nested lists, so the round trip means something.
    expect(delivered.inventory.some((r) => r.facets.join() !== FACETS.filter((f) => r.facets.includes(f)).join()), "a row whose facets are not in FACETS order").toBe(true);
    expect(delivered.participants.some((p) => p.actor)).toBe(true);
    expect(delivered.inventory.some((r) => r.isResource)).toBe(true);
    expect(delivered.inventory.some((r) => r.facets.length > 1)).toBe(true);
    expect(delivered.portfolio.challenges.some((g) => g.items.length > 1)).toBe(true);
    expect(delivered.methods.length).toBeGreaterThan(0);

    const draft = draftFromForm(formOf(delivered));
    expect(withoutPlaceDetails(draft)).toEqual(withoutPlaceDetails(delivered));
    expect(draft.city).toEqual({ slug: delivered.city.slug, name: "", country: { code: "", name: "" }, population: null, website: null });
    expect(draft.policyArea).toEqual({ slug: delivered.policyArea.slug, name: "" });
  });

  it("counts a line break as one character, though the browser sends it as two (CR LF)", () => {
    const lines = Array.from({ length: 100 }, () => "x".repeat(99)).join("\n");
    expect(lines).toHaveLength(TEXT_LIMITS.entry - 1);
    const withFinding = { ...delivered, findings: { ...delivered.findings, conclusions: [{ number: 1, title: "At the limit", body: `${lines}.` }] } };
    const form = formOf(withFinding);
    form.set("findings.conclusions.0.body", `${lines.replace(/\n/g, "\r\n")}.`);
    const body = draftFromForm(form).findings.conclusions[0]!.body;
    expect(body).toBe(`${lines}.`);
    expect(caseDocumentSchema.shape.findings.parse(draftFromForm(form).findings).conclusions[0]!.body).toHaveLength(TEXT_LIMITS.entry);
  });

  it("round-trips the sample flag, an empty focus and a workshop date", () => {
    const variant: CaseDocument = { ...delivered, sample: true, focus: null, workshopDate: "2025-06-30", title: "A title" };
    expect(withoutPlaceDetails(draftFromForm(formOf(variant)))).toEqual(withoutPlaceDetails(variant));
  });

  it("drops a participant's organisation link once the participant is renamed", () => {
    const index = delivered.participants.findIndex((p) => p.actor);
    const form = formOf(delivered);
    form.set(`participants.${index}.name`, "Someone else entirely");
    const participant = draftFromForm(form).participants[index]!;
    expect(participant).toEqual({ name: "Someone else entirely", actor: null });
  });

  it("keeps a participant's link when only the other participants change", () => {
    const index = delivered.participants.findIndex((p) => p.actor);
    const other = index === 0 ? 1 : 0;
    const form = formOf(delivered);
    form.set(`participants.${other}.name`, "Renamed");
    expect(draftFromForm(form).participants[index]!.actor).toBe(delivered.participants[index]!.actor);
  });

  it("leaves a renamed inventory actor without a slug, for the server to resolve", () => {
    const form = formOf(delivered);
    form.set("inventory.0.actor.name", "A New Organisation");
    const row = draftFromForm(form).inventory[0]!;
    expect(row.actor).toEqual({ name: "A New Organisation", slug: "" });
    expect(draftFromForm(form).inventory[1]!.actor).toEqual(delivered.inventory[1]!.actor);
  });

  it("drops an inventory row's delivered text once the row says something else, and keeps it while it does not", () => {
    const form = formOf(delivered);
    form.set("inventory.0.areaOfExpertise", "Something else now");
    const [changed, unchanged] = draftFromForm(form).inventory;
    expect(delivered.inventory[0]!.rawText).not.toBe("");
    expect(delivered.inventory[1]!.rawText).not.toBe("");
    expect(changed!.rawText).toBe("");
    expect(unchanged!.rawText).toBe(delivered.inventory[1]!.rawText);
  });

  it("gives a new case the address of the city chosen while the suggested one is left, and keeps an address typed", () => {
    const form = formOf(delivered);
    form.set("slug", "lund-artificial-intelligence");
    form.set("slugSuggested", "lund-artificial-intelligence");
    form.set("city.slug", "rotterdam");
    expect(draftFromForm(form).slug).toBe("rotterdam-artificial-intelligence");
    form.set("focus", "Port Creatives");
    expect(draftFromForm(form).slug).toBe("rotterdam-artificial-intelligence-port-creatives");
    form.set("slug", "my-own-address");
    expect(draftFromForm(form).slug).toBe("my-own-address");
    // A saved case's address never follows: its form has no suggestion.
    form.delete("slugSuggested");
    form.set("slug", "lund-artificial-intelligence");
    expect(draftFromForm(form).slug).toBe("lund-artificial-intelligence");
  });

  it("gives a renamed method the slug of its new name", () => {
    const form = formOf(delivered);
    form.set("methods.0.name", "Café Mapping Workshop");
    expect(draftFromForm(form).methods[0]!.slug).toBe("cafe-mapping-workshop");
  });

  it("keeps a row's facets in the order it gave them, a newly ticked one after them", () => {
    const form = formOf({ ...delivered, inventory: [{ ...delivered.inventory[0]!, facets: ["anticipatory", "enhancement"] }] });
    expect(draftFromForm(form).inventory[0]!.facets).toEqual(["anticipatory", "enhancement"]);
    form.append("inventory.0.facets", "mission");
    expect(draftFromForm(form).inventory[0]!.facets).toEqual(["anticipatory", "enhancement", "mission"]);
    form.delete("inventory.0.facetOrder");
    expect(draftFromForm(form).inventory[0]!.facets).toEqual(["enhancement", "mission", "anticipatory"]);
  });

  it("ignores facets that are not ekip facets and reads an unknown stakeholder category as other", () => {
    const form = formOf({ ...delivered, portfolio: { ...delivered.portfolio, stakeholders: [{ category: "academia", name: "Uni", actor: null }] } });
    form.set("portfolio.stakeholders.0.category", "aliens");
    form.delete("inventory.0.facets");
    form.append("inventory.0.facets", "mission");
    form.append("inventory.0.facets", "<script>");
    const draft = draftFromForm(form);
    expect(draft.portfolio.stakeholders[0]!.category).toBe("other");
    expect(draft.inventory[0]!.facets).toEqual(["mission"]);
  });

  it("reads Windows line endings as newlines and an unticked resource box as false", () => {
    const form = formOf(delivered);
    form.set("context", "First line\r\nSecond line");
    const resource = delivered.inventory.findIndex((r) => r.isResource);
    form.delete(`inventory.${resource}.isResource`);
    const draft = draftFromForm(form);
    expect(draft.context).toBe("First line\nSecond line");
    expect(draft.inventory[resource]!.isResource).toBe(false);
  });

  it("reads a blank finding number as not-a-number so validation refuses it", () => {
    const form = formOf(delivered);
    form.set("summary.conclusions.0.number", "");
    expect(draftFromForm(form).summary.conclusions[0]!.number).toBeNaN();
  });
});

describe("a form's list positions", () => {
  const form = (...keys: string[]) => { const f = new FormData(); keys.forEach((k) => f.append(k, "x")); return f; };
  const indicesOf = (f: FormData, list: string) => readForm(f).indicesOf(list);

  it("lists the positions present, sorted, once each, even with gaps left by removed entries", () => {
    expect(indicesOf(form("participants.3.name", "participants.0.name", "participants.0.actor", "participants.10.name"), "participants")).toEqual([0, 3, 10]);
  });

  it("does not count a list whose name merely starts the same, nor non-numeric keys", () => {
    expect(indicesOf(form("participantsExtra.0.name", "participants.x.name", "portfolio.challenges.1.items.0"), "participants")).toEqual([]);
    expect(indicesOf(form("portfolio.challenges.1.items.0", "portfolio.challenges.1.items.2"), "portfolio.challenges.1.items")).toEqual([0, 2]);
  });

  it("counts a list entry that is a bare value, like a challenge item", () => {
    expect(indicesOf(form("portfolio.challenges.0.items.4"), "portfolio.challenges.0.items")).toEqual([4]);
  });

  it("does not take digits that only begin a part of the name for a position", () => {
    expect(indicesOf(form("participants.12x.name", "participants.3"), "participants")).toEqual([3]);
  });

  it("reads a name's first value, as FormData does, and all of them", () => {
    const f = form("methods.0.name", "methods.0.name");
    f.set("focus", "first");
    f.append("focus", "second");
    expect(readForm(f).get("focus")).toBe("first");
    expect(readForm(f).getAll("focus")).toEqual(["first", "second"]);
    expect(readForm(f).get("absent")).toBeNull();
  });

  // Read with FormData's own get, which searches every entry, this took minutes (32 s for 40,000 fields).
  it("reads a 4 MB post of 250,000 list entries in linear time, well within the test's time", () => {
    const f = new FormData();
    for (let i = 0; i < 125_000; i++) {
      f.append(`participants.${i}.name`, "x");
      f.append(`portfolio.challenges.${i % 100}.items.${i}`, "y");
    }
    const draft = draftFromForm(f);
    expect(draft.participants).toHaveLength(125_000);
    expect(draft.portfolio.challenges).toHaveLength(100);
    expect(draft.portfolio.challenges[7]!.items).toHaveLength(1_250);
  }, 10_000);
});

describe("newPlacesFromForm", () => {
  it("reads a new city and policy area from the hidden fields, with slugs made from their names", () => {
    const form = new FormData();
    form.set("newCity.name", "  Košice ");
    form.set("newCity.countryCode", "SK");
    form.set("newCity.countryName", "Slovakia");
    form.set("newPolicyArea.name", "New European Bauhaus");
    expect(newPlacesFromForm(form)).toEqual({
      newCity: { slug: "kosice", name: "Košice", countryCode: "SK", countryName: "Slovakia" },
      newPolicyArea: { slug: "new-european-bauhaus", name: "New European Bauhaus" },
    });
  });

  it("reads nothing new when the names are absent or blank", () => {
    const form = new FormData();
    form.set("newCity.name", "   ");
    expect(newPlacesFromForm(form)).toEqual({ newCity: undefined, newPolicyArea: undefined });
  });
});

describe("parseListIntent", () => {
  it.each([
    ["add:participants", { op: "add", list: "participants" }],
    ["remove:inventory.3", { op: "remove", list: "inventory", index: 3 }],
    ["up:portfolio.challenges.1.items.2", { op: "up", list: "portfolio.challenges.1.items", index: 2 }],
    ["down:summary.recommendations.0", { op: "down", list: "summary.recommendations", index: 0 }],
    ["add:portfolio.opportunities.0.items", { op: "add", list: "portfolio.opportunities.0.items" }],
  ])("reads %s", (value, intent) => {
    expect(parseListIntent(value)).toEqual(intent);
  });

  it.each([
    ["an unknown list", "add:users"],
    ["a field that is not a list", "remove:portfolio.title.0"],
    ["items of a list that has none", "add:participants.0.items"],
    ["a prototype path", "add:__proto__"],
    ["an entry op without an index", "remove:participants"],
    ["an unknown op", "delete:participants.0"],
    ["a save", "save"],
    ["a file, not text", new Blob(["add:participants"])],
    ["nothing", null],
  ])("refuses %s", (_, value) => {
    expect(parseListIntent(value)).toBeNull();
  });
});

describe("applyListIntent", () => {
  const names = (c: CaseDocument) => c.participants.map((p) => p.name);
  const base: CaseDocument = {
    ...delivered,
    participants: [{ name: "A", actor: null }, { name: "B", actor: "b" }, { name: "C", actor: null }],
    portfolio: { ...delivered.portfolio, challenges: [{ heading: "One", items: ["x"] }, { heading: "Two", items: ["p", "q", "r"] }] },
  };

  it("adds an empty entry at the end and focuses it", () => {
    const { draft, focus } = applyListIntent(base, { op: "add", list: "participants" });
    expect(draft.participants.at(-1)).toEqual({ name: "", actor: null });
    expect(draft.participants).toHaveLength(4);
    expect(focus).toBe("participants.3");
  });

  it("numbers a new conclusion after the last one", () => {
    const conclusions = [{ number: 4, title: "T", body: "" }, { number: 7, title: "U", body: "" }];
    const { draft } = applyListIntent({ ...base, findings: { ...base.findings, conclusions } }, { op: "add", list: "findings.conclusions" });
    expect(draft.findings.conclusions.at(-1)).toEqual({ number: 8, title: "", body: "" });
  });

  it("adds an inventory row that does not share its facets with the next one added", () => {
    const once = applyListIntent(base, { op: "add", list: "inventory" }).draft;
    const twice = applyListIntent(once, { op: "add", list: "inventory" }).draft;
    twice.inventory.at(-1)!.facets.push("mission");
    expect(twice.inventory.at(-2)!.facets).toEqual([]);
  });

  it("leaves the given draft untouched", () => {
    const before = structuredClone(base);
    applyListIntent(base, { op: "remove", list: "participants", index: 0 });
    applyListIntent(base, { op: "down", list: "portfolio.challenges.1.items", index: 0 });
    expect(base).toEqual(before);
  });

  it("removes an entry and focuses the one that took its place", () => {
    const { draft, focus } = applyListIntent(base, { op: "remove", list: "participants", index: 1 });
    expect(names(draft)).toEqual(["A", "C"]);
    expect(focus).toBe("participants.1");
  });

  it("removing the last entry focuses the new last one", () => {
    const { draft, focus } = applyListIntent(base, { op: "remove", list: "participants", index: 2 });
    expect(names(draft)).toEqual(["A", "B"]);
    expect(focus).toBe("participants.1");
  });

  it("removing the only entry focuses the Add button", () => {
    const { draft, focus } = applyListIntent({ ...base, participants: [{ name: "A", actor: null }] }, { op: "remove", list: "participants", index: 0 });
    expect(draft.participants).toEqual([]);
    expect(focus).toBe("add:participants");
  });

  it("moves an entry up and down, keeping focus on the button of the entry that moved", () => {
    const up = applyListIntent(base, { op: "up", list: "participants", index: 2 });
    expect(names(up.draft)).toEqual(["A", "C", "B"]);
    expect(up.focus).toBe("up:participants.1");
    const down = applyListIntent(base, { op: "down", list: "participants", index: 0 });
    expect(names(down.draft)).toEqual(["B", "A", "C"]);
    expect(down.focus).toBe("down:participants.1");
  });

  it("keeps a findings list's numbers with their positions when a finding moves or goes", () => {
    const findings = (titles: string[], numbers: number[]) => titles.map((title, i) => ({ number: numbers[i]!, title, body: "" }));
    const draft = { ...base, findings: { conclusions: findings(["A", "B", "C"], [1, 2, 3]), recommendations: findings(["X", "Y", "Z"], [2, 4, 7]) } };
    const up = applyListIntent(draft, { op: "up", list: "findings.conclusions", index: 2 }).draft;
    expect(up.findings.conclusions).toEqual(findings(["A", "C", "B"], [1, 2, 3]));
    const removed = applyListIntent(draft, { op: "remove", list: "findings.conclusions", index: 0 }).draft;
    expect(removed.findings.conclusions).toEqual(findings(["B", "C"], [1, 2]));
    const down = applyListIntent(draft, { op: "down", list: "findings.recommendations", index: 0 }).draft;
    expect(down.findings.recommendations).toEqual(findings(["Y", "X", "Z"], [2, 4, 7]));
  });

  it("moves, adds and removes items inside one challenge group only", () => {
    const moved = applyListIntent(base, { op: "down", list: "portfolio.challenges.1.items", index: 1 });
    expect(moved.draft.portfolio.challenges.map((g) => g.items)).toEqual([["x"], ["p", "r", "q"]]);
    expect(moved.focus).toBe("down:portfolio.challenges.1.items.2");
    const added = applyListIntent(base, { op: "add", list: "portfolio.challenges.1.items" });
    expect(added.draft.portfolio.challenges.map((g) => g.items)).toEqual([["x"], ["p", "q", "r", ""]]);
    expect(added.focus).toBe("portfolio.challenges.1.items.3");
    const removed = applyListIntent(base, { op: "remove", list: "portfolio.challenges.1.items", index: 0 });
    expect(removed.draft.portfolio.challenges.map((g) => g.items)).toEqual([["x"], ["q", "r"]]);
  });

  it("moving the first entry up or the last one down changes nothing and keeps focus on that button", () => {
    const up = applyListIntent(base, { op: "up", list: "participants", index: 0 });
    expect(up.draft).toBe(base);
    expect(up.focus).toBe("up:participants.0");
    const down = applyListIntent(base, { op: "down", list: "participants", index: 2 });
    expect(down.draft).toBe(base);
    expect(down.focus).toBe("down:participants.2");
  });

  it("refuses an index past the end, or a group that does not exist, changing nothing", () => {
    expect(applyListIntent(base, { op: "remove", list: "participants", index: 3 })).toEqual({ draft: base, focus: "" });
    expect(applyListIntent(base, { op: "add", list: "portfolio.challenges.9.items" })).toEqual({ draft: base, focus: "" });
  });

  it("says what changed, in the words of the list's buttons, for a screen reader", () => {
    const count = entryCount(base, "participants");
    expect(count).toBe(3);
    expect(entryCount(base, "portfolio.challenges.1.items")).toBe(3);
    expect(entryCount(base, "portfolio.challenges.9.items")).toBe(0);
    expect(listChangeSaid({ op: "add", list: "participants" }, "participant", count)).toBe("Added participant 4.");
    expect(listChangeSaid({ op: "remove", list: "participants", index: 1 }, "participant", count)).toBe("Removed participant 2; 2 participants left.");
    expect(listChangeSaid({ op: "remove", list: "participants", index: 0 }, "participant", 1)).toBe("Removed participant 1; 0 participants left.");
    expect(listChangeSaid({ op: "up", list: "participants", index: 2 }, "participant", count)).toBe("Moved participant 3 up: it is now participant 2.");
    expect(listChangeSaid({ op: "down", list: "participants", index: 0 }, "participant", count)).toBe("Moved participant 1 down: it is now participant 2.");
    expect(listChangeSaid({ op: "up", list: "participants", index: 0 }, "participant", count)).toBe("Participant 1 is already the first.");
    expect(listChangeSaid({ op: "down", list: "participants", index: 2 }, "participant", count)).toBe("Participant 3 is already the last.");
  });
});

describe("naming the editor's fields in error messages", () => {
  it.each([
    [["participants", 2, "name"], "Participant 3 name"],
    [["portfolio", "challenges", 1, "items", 0], "Challenge group 2, item 1"],
    [["portfolio", "challenges", 1, "heading"], "Challenge group 2 heading"],
    [["portfolio", "title"], "Portfolio title"],
    [["summary", "conclusions", 0, "number"], "Summary conclusion 1 number"],
    [["findings", "recommendations", 3, "body"], "Closing recommendation 4 text"],
    [["inventory", 0, "actor", "name"], "Inventory row 1 actor"],
    [["inventory", 4, "facets"], "Inventory row 5 facets"],
    [["city", "slug"], "City"],
    [["workshopDate"], "Workshop date"],
  ])("labels %j as %s", (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it.each([
    [["participants", 2, "name"], "participants.2.name"],
    [["city", "country", "code"], "city.slug"],
    [["policyArea", "name"], "policyArea.slug"],
    [["inventory", 0, "actor", "slug"], "inventory.0.actor.name"],
    // A method's slug is a hidden field made from its name: its problems are shown on the name.
    [["methods", 1, "slug"], "methods.1.name"],
  ])("keys %j to the field %s", (path, key) => {
    expect(fieldKey(path)).toBe(key);
  });

  function errorsOf(c: unknown) {
    const result = caseDocumentSchema.safeParse(c);
    if (result.success) throw new Error("expected the case to be refused");
    return editorErrors(result.error);
  }

  it("the delivered case has no errors to show", () => {
    expect(caseDocumentSchema.safeParse(delivered).success).toBe(true);
  });

  it("reports a blank participant, a bad slug and a bad date in the editor's words, keyed by field", () => {
    const errors = errorsOf({
      ...delivered,
      slug: "Not A Slug",
      workshopDate: "30/06/2025",
      participants: [delivered.participants[0], { name: "  ", actor: null }],
    });
    expect(errors["participants.1.name"]).toEqual(["Participant 2 name is required"]);
    expect(errors.slug).toEqual(["Address (slug): Use lower-case letters, digits and single hyphens"]);
    expect(errors.workshopDate).toEqual(["Workshop date must be a date such as 2025-06-30"]);
  });

  it("says an empty method row once, as its name's problem, not again for the slug made from it", () => {
    const errors = errorsOf({ ...delivered, methods: [...delivered.methods, { slug: "", name: "", description: "" }] });
    const n = delivered.methods.length;
    expect(errors[`methods.${n}.name`]).toEqual([`Method ${n + 1} name is required`]);
    expect(Object.keys(errors).filter((k) => k.startsWith("methods."))).toEqual([`methods.${n}.name`]);
  });

  it("says a method name with nothing to make an address of needs a letter or digit, not that it is required", () => {
    const n = delivered.methods.length;
    const errors = errorsOf({ ...delivered, methods: [...delivered.methods, { slug: "", name: "!!!", description: "" }] });
    expect(errors[`methods.${n}.name`]).toEqual([`Method ${n + 1} name needs a letter or digit to make a web address of`]);
  });

  it("refuses a method listed twice, on the second one's name", () => {
    const n = delivered.methods.length;
    const errors = errorsOf({ ...delivered, methods: [...delivered.methods, { ...delivered.methods[0]!, description: "again" }] });
    expect(errors).toEqual({ [`methods.${n}.name`]: [`Method ${n + 1} name: listed already as method 1; keep one`] });
  });

  it("refuses a text or a list longer than its limit, saying which field and how long it may be", () => {
    const longTitle = "T".repeat(TEXT_LIMITS.name + 1);
    const errors = errorsOf({
      ...delivered,
      title: longTitle,
      context: "c".repeat(TEXT_LIMITS.section + 1),
      findings: { ...delivered.findings, recommendations: [{ number: 1, title: "Fund it", body: "b".repeat(TEXT_LIMITS.entry + 1) }] },
      methods: Array.from({ length: LIST_LIMITS.methods + 1 }, (_, i) => ({ slug: `m-${i}`, name: `Method ${i}`, description: "" })),
    });
    expect(errors.title).toEqual(["Title must be 300 characters or fewer"]);
    expect(errors.context).toEqual(["Context must be 100,000 characters or fewer"]);
    expect(errors["findings.recommendations.0.body"]).toEqual(["Closing recommendation 1 text must be 10,000 characters or fewer"]);
    expect(errors.methods).toEqual(["At most 100 methods"]);
    expect(caseDocumentSchema.safeParse({ ...delivered, title: longTitle.slice(1) }).success).toBe(true);
  });

  it("reports a finding number left empty as required, and one below one as needing a whole number of 1 or more", () => {
    const errors = errorsOf({
      ...delivered,
      summary: { ...delivered.summary, conclusions: [{ number: Number.NaN, title: "T", body: "" }, { number: 0, title: "U", body: "" }] },
    });
    expect(errors["summary.conclusions.0.number"]).toEqual(["Summary conclusion 1 number is required"]);
    expect(errors["summary.conclusions.1.number"]).toEqual(["Summary conclusion 2 number must be a whole number of 1 or more"]);
  });

  it("reports a city the server could not fill in on the city picker, once per problem", () => {
    const errors = errorsOf(draftFromForm(formOf(delivered)));
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["city.slug", "policyArea.slug"]));
    expect(Object.keys(errors).every((k) => k === "city.slug" || k === "policyArea.slug")).toBe(true);
    expect(errors["city.slug"]!.every((m) => m.startsWith("City"))).toBe(true);
  });

  it("reports a blank challenge item and an inventory actor left without a slug on fields the editor shows", () => {
    const errors = errorsOf({
      ...delivered,
      portfolio: { ...delivered.portfolio, challenges: [{ heading: "One", items: ["ok", ""] }] },
      inventory: [{ ...delivered.inventory[0]!, actor: { name: "New", slug: "" } }],
    });
    expect(errors["portfolio.challenges.0.items.1"]).toEqual(["Challenge group 1, item 2 is required"]);
    expect(Object.keys(errors)).toContain("inventory.0.actor.name");
  });

  it("says once that an inventory row's actor is missing, without the rules of the slug made from it", () => {
    const errors = errorsOf({ ...delivered, inventory: [{ ...delivered.inventory[0]!, actor: { name: "", slug: "" } }] });
    expect(errors["inventory.0.actor.name"]).toEqual(["Inventory row 1 actor is required"]);
  });
});
