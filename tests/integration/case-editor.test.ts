import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { CaseError, createCase, setCaseStatus } from "@/db/case-editing";
import { getCaseForEditing, resolveInventoryActors } from "@/db/case-editor";
import { importCases } from "@/db/cases";
import { ensurePartnerCities } from "@/db/cities";
import { getDb } from "@/db/client";
import { getContentRevision } from "@/db/content-revision";
import { listDashboardCases } from "@/db/dashboard";
import { organisations } from "@/db/schema";
import { ForbiddenError, type Actor, type Role } from "@/lib/auth/roles";
import type { CaseDocument } from "@/lib/case/schema";
import { organisationKey } from "@/lib/importer/actors";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { person as account } from "../support/people";

const delivered = parseFile(DELIVERED_CASE);
const lund = parseFile(LUND_VARIANT);
const KNOWN = { cities: ["Saint-Etienne", "Lund"], policyAreas: ["Artificial Intelligence", "New European Bauhaus"] };

async function person(email: string, role: Role, citySlugs: string[] = []): Promise<Actor> {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  return account(email, role, citySlugs);
}

/** The delivered case imported (as a draft), so its city, policy area and organisations exist. */
async function withDeliveredCase() {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  const [saved] = await importCases([delivered]);
  return saved!;
}

const another = (changes: Partial<CaseDocument>): CaseDocument => ({ ...structuredClone(delivered), slug: "saint-etienne-ai-training", focus: "Training", ...changes });
const caseCount = async () => Number((await getDb().execute<{ n: number }>(sql`select count(*)::int as n from cases`))[0]!.n);

async function addOrganisation(slug: string, name: string) {
  await getDb().insert(organisations).values({ slug, name, matchKey: organisationKey(name) });
}

const inventoryOf = (...names: string[]): CaseDocument => ({
  ...structuredClone(delivered),
  inventory: names.map((name) => ({ ...structuredClone(delivered.inventory[0]!), actor: { name, slug: "" } })),
});

describeOnEachDatabase("creating a case in the editor", () => {
  it("creates a draft with its first revision", async () => {
    await withDeliveredCase();
    const editor = await person("editor@example.org", "editor");
    const before = await getContentRevision();
    const created = await createCase(editor, another({}), { message: "Started from the delivered case" });
    // A draft of a known city, policy area and organisations: nothing public changed.
    expect(await getContentRevision()).toBe(before);
    expect(created).toMatchObject({ slug: "saint-etienne-ai-training", isNew: true, version: 1 });
    const stored = await getCaseForEditing(editor, created.id);
    expect(stored).toMatchObject({ status: "draft", version: 1 });
    expect(stored!.document.focus).toBe("Training");
    const revisions = await getDb().execute<{ version: number; message: string; author_email: string }>(
      sql`select version, message, author_email from case_revisions where case_id = ${created.id}`);
    expect(revisions.map((r) => [r.version, r.message, r.author_email])).toEqual([[1, "Started from the delivered case", "editor@example.org"]]);
  });

  it("stores the case as a draft even when the document says published", async () => {
    await withDeliveredCase();
    const editor = await person("editor@example.org", "editor");
    const created = await createCase(editor, another({ status: "published" }));
    expect((await getCaseForEditing(editor, created.id))!.status).toBe("draft");
  });

  it("refuses an address another case has, on the slug field", async () => {
    await withDeliveredCase();
    const editor = await person("editor@example.org", "editor");
    const attempt = createCase(editor, another({ slug: delivered.slug }));
    await expect(attempt).rejects.toBeInstanceOf(CaseError);
    await expect(attempt).rejects.toMatchObject({ field: "slug" });
    expect(await caseCount()).toBe(1);
  });

  it("refuses a second case for the same city, policy area and focus, on the focus field", async () => {
    await withDeliveredCase();
    const editor = await person("editor@example.org", "editor");
    const attempt = createCase(editor, another({ focus: delivered.focus }));
    await expect(attempt).rejects.toMatchObject({ field: "focus", message: expect.stringContaining(delivered.slug) });
    expect(await caseCount()).toBe(1);
    await createCase(editor, another({ focus: "Training" }));
    expect(await caseCount()).toBe(2);
  });

  it("says that a document delivered again is a case there is already, and where, rather than that its address is taken", async () => {
    const { id } = await withDeliveredCase();
    const editor = await person("editor@example.org", "editor");
    const attempt = createCase(editor, structuredClone(delivered));
    await expect(attempt).rejects.toMatchObject({ field: "focus", message: expect.stringContaining(`at /edit/cases/${id}`) });
    expect(await caseCount()).toBe(1);
  });

  it("lets a city editor create a case for their own city only", async () => {
    await withDeliveredCase();
    const own = await person("se@example.org", "city_editor", ["saint-etienne"]);
    const other = await person("lund@example.org", "city_editor", ["lund"]);
    // Refused by the city field, the form kept: not a 403 page.
    await expect(createCase(other, another({}))).rejects.toMatchObject({ field: "city.slug", message: "As a city editor you can choose only your own cities" });
    await expect(createCase(own, another({ city: { ...another({}).city, slug: "grenoble", name: "Grenoble" } }))).rejects.toMatchObject({ field: "city.slug" });
    await expect(createCase(null, another({}))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await caseCount()).toBe(1);
    expect((await createCase(own, another({}))).version).toBe(1);
    expect(await caseCount()).toBe(2);
  });

  it("needs the right to manage the catalog for a city not yet in the database: an editor has it, a city editor not", async () => {
    await withDeliveredCase();
    const newCity = { slug: "tartu", name: "Tartu", country: { code: "EE", name: "Estonia" }, population: null, website: null };
    const cityEditor = await person("se@example.org", "city_editor", ["saint-etienne"]);
    await expect(createCase(cityEditor, another({ city: newCity, slug: "tartu-ai" }))).rejects.toMatchObject({ field: "city.slug", message: "Only an ekip editor adds a city: choose one of your cities" });
    const editor = await person("editor@example.org", "editor");
    await createCase(editor, another({ city: newCity, slug: "tartu-ai" }));
    const [city] = await getDb().execute<{ name: string }>(sql`select name from cities where slug = 'tartu'`);
    expect(city?.name).toBe("Tartu");
  });

  it("refuses a city editor a policy area not yet in the database, even for their own city, by the field", async () => {
    await withDeliveredCase();
    const cityEditor = await person("se@example.org", "city_editor", ["saint-etienne"]);
    const attempt = createCase(cityEditor, another({ policyArea: { slug: "mobility", name: "Mobility" }, slug: "saint-etienne-mobility" }));
    await expect(attempt).rejects.toMatchObject({ field: "policyArea.slug", message: "Only an ekip editor adds a policy area: choose one from the list" });
    const [area] = await getDb().execute(sql`select 1 from policy_areas where slug = 'mobility'`);
    expect(area).toBeUndefined();
  });
});

describeOnEachDatabase("resolving the inventory actors typed in the editor", () => {
  it("finds an existing organisation by another spelling of its name", async () => {
    await addOrganisation("lightlab-io", "LightLab.io");
    const { draft, similar } = await resolveInventoryActors(inventoryOf("Lightlab"));
    expect(draft.inventory[0]!.actor).toEqual({ name: "Lightlab", slug: "lightlab-io" });
    expect(similar.size).toBe(0);
  });

  it("names as similar to a city editor only organisations that a published case or a case of their own city names", async () => {
    await importCases([parseFile(LUND_VARIANT)]);
    const seEditor = await person("se@example.org", "city_editor", ["saint-etienne"]);
    const lundEditor = await person("lund@example.org", "city_editor", ["lund"]);
    const ekipEditor = await person("ekip@example.org", "editor");
    const similarFor = async (by: Actor) => [...(await resolveInventoryActors(inventoryOf("Ideon Science Parks Malmo"), by)).similar.values()];
    expect(await similarFor(ekipEditor)).toEqual(["Ideon Science Park"]);
    expect(await similarFor(lundEditor)).toEqual(["Ideon Science Park"]);
    // The Lund case is a draft: a Saint-Etienne editor is not told what it names.
    expect(await similarFor(seEditor)).toEqual([]);
  });

  it("finds an existing organisation by a known alias", async () => {
    await getDb().insert(organisations).values({ slug: "hacnum", name: "HACNUM", matchKey: "hacnum", aliases: ["Le réseau des arts numériques"] });
    const { draft } = await resolveInventoryActors(inventoryOf("Le réseau des arts numériques"));
    expect(draft.inventory[0]!.actor.slug).toBe("hacnum");
  });

  it("gives a new name a slug of its own, not one an existing organisation has", async () => {
    await addOrganisation("nova", "Nova Agency");
    const { draft } = await resolveInventoryActors(inventoryOf("Nova"));
    expect(draft.inventory[0]!.actor).toEqual({ name: "Nova", slug: "nova-2" });
  });

  it("skips every numbered slug already taken when making a new one", async () => {
    await addOrganisation("nova", "Nova Agency");
    await addOrganisation("nova-2", "Nova Studio");
    const { draft } = await resolveInventoryActors(inventoryOf("Nova"));
    expect(draft.inventory[0]!.actor.slug).toBe("nova-3");
  });

  it("gives the same new name the same slug on every row, and leaves rows with a slug alone", async () => {
    const document = inventoryOf("Brand New Collective", "Brand New Collective");
    document.inventory.push({ ...structuredClone(delivered.inventory[0]!) });
    const { draft } = await resolveInventoryActors(document);
    expect(draft.inventory.map((r) => r.actor.slug)).toEqual(["brand-new-collective", "brand-new-collective", delivered.inventory[0]!.actor.slug]);
  });

  it("gives two new names that make the same slug a slug each", async () => {
    const { draft } = await resolveInventoryActors(inventoryOf("Foo.io", "Foo io"));
    expect(draft.inventory.map((r) => r.actor.slug)).toEqual(["foo-io", "foo-io-2"]);
  });

  it("gives a name with no letters a valid slug that no organisation has", async () => {
    await addOrganisation("organisation", "Organisation");
    const { draft } = await resolveInventoryActors(inventoryOf("大阪"));
    expect(draft.inventory[0]!.actor.slug).toBe("organisation-2");
  });

  it("reports the existing organisation a new name is close to", async () => {
    await addOrganisation("fablab-saint-etienne", "Fablab Saint-Etienne");
    const { draft, similar } = await resolveInventoryActors(inventoryOf("Fablab Saint Etiene", "Completely Unrelated Bakery"));
    expect(draft.inventory[0]!.actor.slug).toBe("fablab-saint-etiene");
    expect([...similar]).toEqual([["Fablab Saint Etiene", "Fablab Saint-Etienne"]]);
  });

  it("asks nothing of the database when every actor already has a slug", async () => {
    const { draft, similar } = await resolveInventoryActors(delivered);
    expect(draft).toBe(delivered);
    expect(similar.size).toBe(0);
  });
});

describeOnEachDatabase("the editors' dashboard", () => {
  /** Saint-Etienne: a published case and a draft; Lund: a draft. */
  async function threeCases() {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const editor = await person("editor@example.org", "editor");
    const [published] = await importCases([delivered]);
    await setCaseStatus(editor, published!.id, { to: "published", expectedVersion: 1, note: "Delivered as is", waive: true }, KNOWN);
    await importCases([lund]);
    await createCase(editor, another({}));
    return editor;
  }

  it("counts an editor's cases by status and lists them all", async () => {
    const editor = await threeCases();
    const { cases, byStatus } = await listDashboardCases(editor, {});
    expect(byStatus).toEqual({ draft: 2, in_review: 0, published: 1, archived: 0 });
    expect(cases.map((c) => c.slug).sort()).toEqual([delivered.slug, lund.slug, "saint-etienne-ai-training"].sort());
  });

  it("shows a city editor only the cases of their cities, and counts only those", async () => {
    await threeCases();
    const lundEditor = await person("lund@example.org", "city_editor", ["lund"]);
    const { cases, byStatus } = await listDashboardCases(lundEditor, {});
    expect(cases.map((c) => c.slug)).toEqual([lund.slug]);
    expect(byStatus).toEqual({ draft: 1, in_review: 0, published: 0, archived: 0 });
    expect((await listDashboardCases(lundEditor, { city: "saint-etienne" })).cases).toEqual([]);
  });

  it("filters by status, city and policy area, keeping the counts of all the person's cases", async () => {
    const editor = await threeCases();
    const published = await listDashboardCases(editor, { status: "published" });
    expect(published.cases.map((c) => c.slug)).toEqual([delivered.slug]);
    expect(published.byStatus.draft).toBe(2);
    expect((await listDashboardCases(editor, { city: "lund" })).cases.map((c) => c.slug)).toEqual([lund.slug]);
    expect((await listDashboardCases(editor, { policyArea: delivered.policyArea.slug })).cases.map((c) => c.slug).sort())
      .toEqual([delivered.slug, "saint-etienne-ai-training"].sort());
    expect((await listDashboardCases(editor, { status: "draft", city: "saint-etienne" })).cases.map((c) => [c.slug, c.focus, c.cityName]))
      .toEqual([["saint-etienne-ai-training", "Training", "Saint-Etienne"]]);
  });

  it("lists the most recently changed case first", async () => {
    const editor = await threeCases();
    const { cases } = await listDashboardCases(editor, {});
    const times = cases.map((c) => c.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(cases[0]!.slug).toBe("saint-etienne-ai-training");
  });

  it("refuses someone not signed in, and a city editor left with no city", async () => {
    await threeCases();
    await expect(listDashboardCases(null, {})).rejects.toBeInstanceOf(ForbiddenError);
    // A city editor's cities can all be taken away after sign-up; the form never creates one without.
    const cityless: Actor = { ...(await person("se@example.org", "city_editor", ["saint-etienne"])), cityIds: [] };
    await expect(listDashboardCases(cityless, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
