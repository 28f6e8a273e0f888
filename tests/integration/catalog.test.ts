import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getActor, getMergedActorSlug, listActors } from "@/db/actors";
import { actorFiltersSchema } from "@/lib/actors/actor-filters";
import { addCity, addPolicyArea, CatalogError, forgetOrganisationSpelling, listOrganisations, ORGANISATIONS_PAGE_SIZE, mergeOrganisations, renameOrganisation, renamePolicyArea, updateCity, updatePolicyArea } from "@/db/catalog";
import { listEditorChoices, ORGANISATION_SUGGESTIONS, suggestOrganisations } from "@/db/case-editor";
import { listCities } from "@/db/cities";
import { listPolicyAreas } from "@/db/policy-areas";
import { importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { getContentRevision } from "@/db/content-revision";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import { cityChangeSchema, newCitySchema, newPolicyAreaSchema, policyAreaChangeSchema } from "@/lib/catalog/schemas";
import { importPublishedFixtures, parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

/** How many inventory rows, participants and stakeholders name each organisation, by slug. */
async function links(): Promise<Record<string, { inventory: number; participants: number; stakeholders: number }>> {
  const rows = await getDb().execute<{ slug: string; inventory: number; participants: number; stakeholders: number }>(sql`
    select o.slug,
      (select count(*)::int from inventory_rows where organisation_id = o.id) as inventory,
      (select count(*)::int from participants where organisation_id = o.id) as participants,
      (select count(*)::int from stakeholders where organisation_id = o.id) as stakeholders
    from organisations o`);
  return Object.fromEntries(rows.map(({ slug, ...counts }) => [slug, counts]));
}

const organisation = async (slug: string) =>
  (await getDb().execute<{ name: string; aliases: string[]; merged_slugs: string[] }>(sql`select name, aliases, merged_slugs from organisations where slug = ${slug}`))[0];
/** What staff did to the catalog (not the cities and policy areas the fixtures' import added, by "server"). */
const auditActions = async () => (await getDb().execute<{ action: string }>(sql`select action from audit_log where action not like 'user.%' and action not like 'case.%' and actor_email is distinct from 'server' order by id`)).map((r) => r.action);

const field = (error: unknown) => (error instanceof CatalogError ? [error.field, error.message] : error);

describeOnEachDatabase("managing cities, policy areas and organisations", () => {
  it("merges an organisation into another: every inventory row, participant and stakeholder follows, in one audited change", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    const before = await links();
    const revision = await getContentRevision();
    // Each city is inventory actor, participant and stakeholder of its own case.
    const done = await mergeOrganisations(editor, { keep: "city-of-saint-etienne", merge: "city-of-lund" });
    const after = await links();
    expect(after["city-of-lund"]).toBeUndefined();
    for (const kind of ["inventory", "participants", "stakeholders"] as const) {
      expect(before["city-of-lund"]![kind], kind).toBeGreaterThan(0);
      expect(after["city-of-saint-etienne"]![kind], kind).toBe(before["city-of-saint-etienne"]![kind] + before["city-of-lund"]![kind]);
    }
    const lund = before["city-of-lund"]!;
    expect(done).toMatchObject({
      kept: { slug: "city-of-saint-etienne" }, merged: { slug: "city-of-lund" },
      inventoryRows: lund.inventory, participants: lund.participants, stakeholders: lund.stakeholders,
    });
    expect(await auditActions()).toEqual(["organisation.merged"]);
    expect(await getContentRevision()).toBeGreaterThan(revision);
    // Found by the merged one's name, accents and case ignored, with the cases of both.
    expect(await listOrganisations(editor, { q: "CITY OF LÜND" })).toEqual({
      total: 1, page: 1, pageSize: ORGANISATIONS_PAGE_SIZE,
      organisations: [{ slug: "city-of-saint-etienne", name: expect.any(String), aliases: expect.arrayContaining(["City of Lund"]), caseCount: 2 }],
    });
    const actor = await getActor("city-of-saint-etienne");
    expect(actor?.appearances.map((a) => a.caseSlug).sort()).toEqual(["lund-new-european-bauhaus", "saint-etienne-artificial-intelligence"]);
  });

  it("keeps the merged names and slug, so a later import and the old address find the kept organisation", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    const merged = (await organisation("videoformes"))!;
    await mergeOrganisations(editor, { keep: "lightlab", merge: "videoformes" });
    expect(await organisation("lightlab")).toMatchObject({ aliases: expect.arrayContaining([merged.name]), merged_slugs: ["videoformes"] });
    expect(await getMergedActorSlug("videoformes")).toBe("lightlab");

    const lund = parseFile(LUND_VARIANT);
    lund.inventory.push({ ...lund.inventory[0]!, actor: { slug: "videoformes", name: merged.name } });
    lund.inventory.push({ ...lund.inventory[0]!, actor: { slug: "videoformes-festival-by-another-slug", name: merged.name } });
    await importCases([lund], { publish: true });
    expect(await organisation("videoformes")).toBeUndefined();
    expect(await organisation("videoformes-festival-by-another-slug")).toBeUndefined();

    // A second merge carries the slugs merged before it along.
    await mergeOrganisations(editor, { keep: "angel-corp", merge: "lightlab" });
    expect(await getMergedActorSlug("videoformes")).toBe("angel-corp");
    expect((await organisation("angel-corp"))!.merged_slugs.sort()).toEqual(["lightlab", "videoformes"]);
  });

  it("gives readers nothing of an organisation that only drafts named, once merged into a public one", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    const draft = { ...parseFile(LUND_VARIANT), slug: "lund-quiet-draft", focus: "Quiet draft" };
    draft.inventory.push({ ...draft.inventory[0]!, actor: { slug: "quiet-draft-hub", name: "Quiet Draft Hub" } });
    await importCases([draft]);
    expect((await getDb().execute<{ status: string }>(sql`select status from cases where slug = 'lund-quiet-draft'`))[0]).toEqual({ status: "draft" });
    const [publicName, draftName] = [(await organisation("videoformes"))!.name, "Quiet Draft Hub"];
    await mergeOrganisations(editor, { keep: "lightlab", merge: "quiet-draft-hub" });
    await mergeOrganisations(editor, { keep: "lightlab", merge: "videoformes" });
    // Both names stay other spellings for the importer; readers see only the one a published case writes.
    expect((await organisation("lightlab"))!.aliases).toEqual(expect.arrayContaining([draftName, publicName]));
    const actor = (await getActor("lightlab"))!;
    expect(actor.otherSpellings).toContain(publicName);
    expect(actor.otherSpellings).not.toContain(draftName);
    expect(await getMergedActorSlug("videoformes")).toBe("lightlab");
    expect(await getMergedActorSlug("quiet-draft-hub")).toBeNull();
  });

  it("refuses to merge an organisation into itself, and refuses anyone who may not manage the catalog, changing nothing", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    const cityEditor = await person("se@example.org", "city_editor", ["saint-etienne"]);
    const before = await links();
    const revision = await getContentRevision();
    expect(field(await mergeOrganisations(editor, { keep: "lightlab", merge: "lightlab" }).catch((e) => e))).toEqual([
      "merge", "An organisation cannot be merged into itself: choose two different organisations",
    ]);
    for (const who of [null, cityEditor]) {
      const refused = [
        () => mergeOrganisations(who, { keep: "lightlab", merge: "videoformes" }),
        () => renameOrganisation(who, "lightlab", "Darklab"),
        () => addCity(who, newCitySchema.parse({ name: "Gent", countryCode: "BE", countryName: "Belgium" })),
        () => updateCity(who, cityChangeSchema.parse({ slug: "lund", name: "Lunds kommun", countryCode: "SE", countryName: "Sweden" })),
        () => addPolicyArea(who, newPolicyAreaSchema.parse({ name: "Tourism" })),
        () => renamePolicyArea(who, "artificial-intelligence", "AI"),
      ];
      for (const attempt of refused) await expect(attempt(), who?.email ?? "anonymous").rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await links()).toEqual(before);
    expect(await getContentRevision()).toBe(revision);
    expect(await auditActions()).toEqual([]);
    const names = await getDb().execute(sql`select (select count(*)::int from cities) as cities, (select string_agg(name, ',' order by name) from policy_areas) as areas`);
    expect([...names]).toEqual([{ cities: 2, areas: "Artificial Intelligence,New European Bauhaus" }]);
  });

  it("adds a city with a slug made from its name, edits it but never its slug, and answers a taken slug at the slug field", async () => {
    const editor = await person("editor@example.org", "editor");
    const input = newCitySchema.parse({ name: "Ghent ", countryCode: "be", countryName: "Belgium", population: "263 000", website: "https://stad.gent" });
    expect(input).toEqual({ slug: "ghent", name: "Ghent", countryCode: "BE", countryName: "Belgium", population: 263000, website: "https://stad.gent" });
    expect(await addCity(editor, input)).toBe("ghent");
    expect(field(await addCity(editor, { ...input, name: "Gent" }).catch((e) => e))).toEqual(["slug", "A city with the slug ghent exists already"]);
    await updateCity(editor, cityChangeSchema.parse({ slug: "ghent", name: "Gent", countryCode: "BE", countryName: "Belgium", population: "", website: "", description: "A city of **design**." }));
    const rows = await getDb().execute(sql`select slug, name, population, website, description from cities`);
    expect([...rows]).toEqual([{ slug: "ghent", name: "Gent", population: null, website: null, description: "A city of **design**." }]);
    // A form that leaves the description as it showed it does not write it.
    await updateCity(editor, cityChangeSchema.parse({ slug: "ghent", name: "Gent", countryCode: "BE", countryName: "Belgium", population: "1", website: "", description: "A city of **design**.", descriptionShown: "A city of **design**." }));
    expect((await getDb().execute(sql`select description from cities`))[0]).toEqual({ description: "A city of **design**." });
    expect(await auditActions()).toEqual(["city.created", "city.updated", "city.updated"]);
    // Each update says what it changed, from what to what: not every field of the form.
    const details = await getDb().execute(sql`select details from audit_log where action = 'city.updated' order by id`);
    expect(details.map((r) => r.details)).toEqual([
      { name: "Ghent → Gent", population: "263000 → none", website: "https://stad.gent → none", description: "changed" },
      { population: "none → 1" },
    ]);
  });

  it("saves a city or a policy area whose form changed nothing as nothing: no write, no audit entry, public pages kept", async () => {
    const editor = await person("editor@example.org", "editor");
    await addCity(editor, newCitySchema.parse({ name: "Ghent", countryCode: "BE", countryName: "Belgium", population: "263 000", website: "" }));
    await addPolicyArea(editor, newPolicyAreaSchema.parse({ name: "Tourism" }));
    const revision = await getContentRevision();
    const city = { slug: "ghent", name: "Ghent", countryCode: "BE", countryName: "Belgium", population: "263000", website: "", description: "", descriptionShown: "" };
    expect(await updateCity(editor, cityChangeSchema.parse(city))).toBe(false);
    expect(await updatePolicyArea(editor, policyAreaChangeSchema.parse({ slug: "tourism", name: "Tourism", description: "", descriptionShown: "" }))).toBe(false);
    expect(await getContentRevision()).toBe(revision);
    expect(await auditActions()).toEqual(["city.created", "policy_area.created"]);
    expect(await updatePolicyArea(editor, policyAreaChangeSchema.parse({ slug: "tourism", name: "Tourism", description: "Visits.", descriptionShown: "" }))).toBe(true);
    expect(await updateCity(editor, cityChangeSchema.parse({ ...city, population: "264000" }))).toBe(true);
    expect(await auditActions()).toEqual(["city.created", "policy_area.created", "policy_area.updated", "city.updated"]);
  });

  it("refuses a country name that another city gives its code otherwise, at the country name field, changing nothing", async () => {
    const editor = await person("editor@example.org", "editor");
    const city = (name: string, countryName: string) => newCitySchema.parse({ name, countryCode: "SE", countryName, population: "", website: "" });
    await addCity(editor, city("Lund", "Sweden"));
    expect(field(await addCity(editor, city("Malmö", "Sverige")).catch((e) => e))).toEqual(["countryName", "Other cities name SE Sweden: use that name"]);
    await addCity(editor, city("Malmö", "Sweden"));
    const change = cityChangeSchema.parse({ slug: "lund", name: "Lund", countryCode: "SE", countryName: "Sverige", population: "", website: "" });
    expect(field(await updateCity(editor, change).catch((e) => e))).toEqual(["countryName", "Other cities name SE Sweden: use that name"]);
    const rows = await getDb().execute(sql`select slug, country_name from cities order by slug`);
    expect([...rows]).toEqual([{ slug: "lund", country_name: "Sweden" }, { slug: "malmo", country_name: "Sweden" }]);
    expect(await auditActions()).toEqual(["city.created", "city.created"]);
  });

  it("adds and renames policy areas, refusing a slug or a name another one has", async () => {
    const editor = await person("editor@example.org", "editor");
    expect(await addPolicyArea(editor, newPolicyAreaSchema.parse({ name: "Cultural Tourism" }))).toBe("cultural-tourism");
    await addPolicyArea(editor, newPolicyAreaSchema.parse({ name: "Green Transition" }));
    expect(field(await addPolicyArea(editor, newPolicyAreaSchema.parse({ name: "cultural tourism", slug: "tourism" })).catch((e) => e))).toEqual([
      "name", "A policy area is called Cultural Tourism already",
    ]);
    expect(field(await addPolicyArea(editor, newPolicyAreaSchema.parse({ name: "Tourism", slug: "cultural-tourism" })).catch((e) => e))).toEqual([
      "slug", "A policy area with the slug cultural-tourism exists already",
    ]);
    expect(field(await renamePolicyArea(editor, "cultural-tourism", "Green transition").catch((e) => e))).toEqual(["name", "A policy area is called Green Transition already"]);
    await renamePolicyArea(editor, "cultural-tourism", "Tourism and Heritage");
    const audited = async () => Number((await getDb().execute<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0]!.n);
    const entries = await audited();
    expect(field(await renamePolicyArea(editor, "cultural-tourism", "Tourism and Heritage").catch((e) => e)), "the same name").toEqual(["name", "Tourism and Heritage is its name already: nothing was changed"]);
    expect(await audited()).toBe(entries);
    const rows = await getDb().execute(sql`select slug, name from policy_areas order by slug`);
    expect([...rows]).toEqual([{ slug: "cultural-tourism", name: "Tourism and Heritage" }, { slug: "green-transition", name: "Green Transition" }]);
  });

  it("renames an organisation, keeping its old name as another spelling, and refuses the name of another one", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    const old = (await organisation("videoformes"))!.name;
    await renameOrganisation(editor, "videoformes", "VIDEOFORMES festival");
    expect(await organisation("videoformes")).toMatchObject({ name: "VIDEOFORMES festival", aliases: expect.arrayContaining([old]) });
    expect(field(await renameOrganisation(editor, "videoformes", "VIDEOFORMES festival").catch((e) => e)), "the same name").toEqual(["name", "VIDEOFORMES festival is its name already: nothing was changed"]);
    expect((await organisation("videoformes"))!.aliases).not.toContain("VIDEOFORMES festival");
    expect(field(await renameOrganisation(editor, "videoformes", "Lightlab.io").catch((e) => e))).toEqual(["name", expect.stringContaining("merge the two instead")]);
  });

  it("forgets another spelling of an organisation, audited, for those who may manage the catalog only; one it does not have is refused at the field", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    const cityEditor = await person("city@example.org", "city_editor", ["saint-etienne"]);
    const original = (await organisation("videoformes"))!;
    await renameOrganisation(editor, "videoformes", "Videoformes Fstival");
    await renameOrganisation(editor, "videoformes", original.name);
    expect((await organisation("videoformes"))!.aliases).toContain("Videoformes Fstival");
    // Staff find it by that spelling; readers do not, as no published case gives it (drafts' spellings are kept alike).
    expect((await listOrganisations(editor, { q: "fstival" })).organisations.map((o) => o.slug)).toEqual(["videoformes"]);
    expect((await listActors(actorFiltersSchema.parse({ q: "fstival" }))).total).toBe(0);

    await expect(forgetOrganisationSpelling(cityEditor, "videoformes", "Videoformes Fstival")).rejects.toBeInstanceOf(ForbiddenError);
    const revision = await getContentRevision();
    expect(await forgetOrganisationSpelling(editor, "videoformes", "Videoformes Fstival")).toBe(original.name);
    expect((await organisation("videoformes"))!.aliases).toEqual(original.aliases);
    expect(await getContentRevision()).not.toBe(revision);
    expect((await listOrganisations(editor, { q: "fstival" })).total).toBe(0);
    expect(field(await forgetOrganisationSpelling(editor, "videoformes", "Videoformes Fstival").catch((e) => e))).toEqual(["spelling", expect.stringContaining("forgotten already")]);
    expect(field(await forgetOrganisationSpelling(editor, "no-such-organisation", "x").catch((e) => e))).toEqual(["spelling", expect.stringContaining("No such organisation")]);
    expect((await auditActions()).filter((a) => a.startsWith("organisation."))).toEqual(["organisation.renamed", "organisation.renamed", "organisation.spelling_forgotten"]);

    // A spelling a case's inventory uses stays: an import of that case's document finds the organisation by it.
    const printed = (await getDb().execute<{ actor_name: string }>(sql`select actor_name from inventory_rows r join organisations o on o.id = r.organisation_id where o.slug = 'videoformes' limit 1`))[0]!.actor_name;
    await renameOrganisation(editor, "videoformes", "Videoformes Festival Renamed");
    expect((await organisation("videoformes"))!.aliases).toContain(printed);
    expect(field(await forgetOrganisationSpelling(editor, "videoformes", printed).catch((e) => e))).toEqual(["spelling", expect.stringContaining("A case's inventory names Videoformes Festival Renamed")]);
    expect((await organisation("videoformes"))!.aliases).toContain(printed);
  });

  it("lists cities, policy areas and organisations alphabetically, accents and case aside: Łódź beside Lund, not after Wierzbno", async () => {
    const editor = await person("editor@example.org", "editor");
    for (const [name, countryCode, countryName] of [["Wierzbno", "PL", "Poland"], ["Łódź", "PL", "Poland"], ["Lund", "SE", "Sweden"], ["Örebro", "SE", "Sweden"], ["ostrava", "CZ", "Czechia"]] as const) {
      await addCity(editor, newCitySchema.parse({ name, countryCode, countryName, slug: name.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "") }));
    }
    const order = ["Łódź", "Lund", "Örebro", "ostrava", "Wierzbno"];
    expect((await listCities()).map((c) => c.name)).toEqual(order);
    expect((await listEditorChoices()).cities.map((c) => c.name)).toEqual(order);
    for (const name of ["Urban Planning", "Économie sociale", "AI"]) await addPolicyArea(editor, newPolicyAreaSchema.parse({ name }));
    expect((await listPolicyAreas()).map((p) => p.name)).toEqual(["AI", "Économie sociale", "Urban Planning"]);
    await getDb().execute(sql`insert into organisations (slug, name, match_key) values ('cooperativa', 'Cooperativa', 'cooperativa'), ('camara', 'Câmara Municipal', 'camaramunicipal'), ('currach', 'Currach Pictures', 'currachpictures')`);
    expect((await listOrganisations(editor)).organisations.map((o) => o.name)).toEqual(["Câmara Municipal", "Cooperativa", "Currach Pictures"]);
  });

  it("lists organisations a page at a time, by name, with the number found in all, also past the last page", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    const extra = ORGANISATIONS_PAGE_SIZE + 30;
    await getDb().execute(sql`
      insert into organisations (slug, name, match_key)
      select 'zz-paging-' || n, 'Zz Paging ' || lpad(n::text, 3, '0'), 'zz paging ' || n from generate_series(1, ${extra}) n`);
    const all = (await getDb().execute<{ n: number }>(sql`select count(*)::int as n from organisations`))[0]!.n;
    const first = await listOrganisations(editor);
    expect(first).toMatchObject({ total: all, page: 1 });
    expect(first.organisations).toHaveLength(ORGANISATIONS_PAGE_SIZE);
    const found = await listOrganisations(editor, { q: "zz paging", page: 2 });
    expect(found.total).toBe(extra);
    expect(found.organisations.map((o) => o.name)).toEqual(Array.from({ length: 30 }, (_, i) => `Zz Paging ${String(ORGANISATIONS_PAGE_SIZE + i + 1).padStart(3, "0")}`));
    expect(found.organisations[0]!.caseCount).toBe(0);
    expect(await listOrganisations(editor, { q: "zz paging", page: 3 })).toEqual({ total: extra, page: 3, pageSize: ORGANISATIONS_PAGE_SIZE, organisations: [] });
    expect(await listOrganisations(editor, { q: "no such organisation", page: 1 })).toMatchObject({ total: 0, organisations: [] });
  });

  it("suggests organisations to someone editing a case: accents and case ignored, those starting with the text first, at most 20", async () => {
    await importPublishedFixtures();
    const editor = await person("editor@example.org", "editor");
    await getDb().execute(sql`
      insert into organisations (slug, name, match_key, aliases)
      select 'zz-suggest-' || n, 'Atelier Vidéo ' || lpad(n::text, 2, '0'), 'atelier video ' || n, '{}'::text[] from generate_series(1, 25) n
      union all select 'zz-spelling', 'Zz Other Name', 'zz other name', array['Vidéothèque 100%']`);
    const names = async (text: string) => (await suggestOrganisations(editor, text)).map((o) => o.name);
    const video = await names("VIDEO");
    expect(video).toHaveLength(ORGANISATION_SUGGESTIONS);
    const starting = video.filter((name) => /^vid[eé]o/i.test(name));
    expect(starting[0]).toMatch(/^Videoformes/i);
    expect(video.slice(0, starting.length)).toEqual(starting);
    const rest = Array.from({ length: ORGANISATION_SUGGESTIONS - starting.length }, (_, i) => `Atelier Vidéo ${String(i + 1).padStart(2, "0")}`);
    expect(video.slice(starting.length)).toEqual(rest);
    expect(await names("100%")).toEqual(["Zz Other Name"]);
    expect(await names("_")).toEqual([]);
    await expect(suggestOrganisations(null, "video")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("suggests to a city editor only the organisations of published cases and of their own cities' drafts", async () => {
    await importPublishedFixtures();
    const lundEditor = await person("lund@example.org", "city_editor", ["lund"]);
    const editor = await person("editor@example.org", "editor");
    const draft = (slug: string, focus: string, actor: string) => {
      const lund = { ...parseFile(LUND_VARIANT), slug, focus };
      lund.inventory.push({ ...lund.inventory[0]!, actor: { slug: actor.toLowerCase().replaceAll(" ", "-"), name: actor } });
      return lund;
    };
    // A draft of another city: written as Lund's, then moved to Saint-Etienne.
    await importCases([draft("saint-etienne-draft-hub", "Hub", "Zephyr Draft Hub")]);
    await getDb().execute(sql`update cases set city_id = (select id from cities where slug = 'saint-etienne') where slug = 'saint-etienne-draft-hub'`);
    await importCases([draft("lund-draft-hub", "Own hub", "Zephyr Own Hub")]);
    const names = async (who: Actor) => (await suggestOrganisations(who, "zephyr")).map((o) => o.name);
    expect(await names(editor)).toEqual(["Zephyr Draft Hub", "Zephyr Own Hub"]);
    expect(await names(lundEditor)).toEqual(["Zephyr Own Hub"]);
    expect((await suggestOrganisations(lundEditor, "videoformes")).length).toBeGreaterThan(0); // a published case's
  });
});
