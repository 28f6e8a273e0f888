import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { setCaseStatus } from "@/db/case-editing";
import { listActors, listInventoryCities } from "@/db/actors";
import { renameOrganisation } from "@/db/catalog";
import { importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { ensurePartnerCities } from "@/db/cities";
import { actorFiltersSchema } from "@/lib/actors/actor-filters";
import { organisationKey } from "@/lib/importer/actors";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

const list = (params: Record<string, string>) => listActors(actorFiltersSchema.parse(params));

describeOnEachDatabase("the list of actors", () => {
  it("lists by name the organisations of published cases, with their cities, cases and inventory facets; by name part and facet", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const editor = await person("editor@example.org", "editor");
    const [, lund] = await importCases([parseFile(DELIVERED_CASE), parseFile(LUND_VARIANT)], { publish: true });
    const all = await list({});
    expect(all.total).toBeGreaterThan(20);
    // By name as organisations are matched (accents, case and "the" aside), the same on every database.
    const keys = all.actors.map((a) => organisationKey(a.name));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const city = all.actors.find((a) => a.slug === "city-of-saint-etienne");
    expect(city).toEqual({ slug: "city-of-saint-etienne", name: "City of Saint-Etienne", caseCount: 1, cities: [{ slug: "saint-etienne", name: "Saint-Etienne" }], facets: ["mission"], isSample: false });

    // A part of the name, accents and case aside; LIKE's wildcards are taken literally.
    expect((await list({ q: "SAINT-ÉTIENNE" })).actors.map((a) => a.slug)).toContain("city-of-saint-etienne");
    expect((await list({ q: "%" })).total).toBe(0);
    // Spaces, hyphens and apostrophes aside too: as a reader types them, not as the case prints them.
    expect((await list({ q: "saint etienne" })).actors.map((a) => a.slug)).toContain("city-of-saint-etienne");
    expect((await list({ q: "USEIN" })).actors.map((a) => a.name)).toEqual(["USE'IN"]);
    expect((await list({ q: "designers+" })).actors.map((a) => a.name)).toEqual(["Designers +"]);
    expect((await list({ q: "+" })).actors.map((a) => a.name)).toEqual(["Designers +"]);
    expect((await list({ q: "saint etiennex" })).total).toBe(0);
    // A part of a name a published case gives it (its page's "Also written as"), compared alike.
    expect((await list({ q: "cultural affairs" })).actors.map((a) => a.slug)).toEqual(["city-of-saint-etienne"]);
    expect((await list({ q: "LightLab.io" })).actors.map((a) => a.slug)).toEqual(["lightlab"]);
    // A facet: only actors an inventory gives it.
    const adaptive = await list({ facet: "adaptive" });
    expect(adaptive.total).toBeGreaterThan(0);
    expect(adaptive.total).toBeLessThan(all.total);
    expect(adaptive.actors.every((a) => a.facets.includes("adaptive"))).toBe(true);

    // Renamed, an organisation is still found by the name the cases print (kept as another spelling).
    await renameOrganisation(editor, "usein", "Saint-Etienne Incubator");
    expect((await list({ q: "use'in" })).actors.map((a) => a.name)).toEqual(["Saint-Etienne Incubator"]);
    expect((await list({ q: "use in" })).actors.map((a) => a.name)).toEqual(["Saint-Etienne Incubator"]);

    // A spelling only a draft uses is kept in the catalog (for staff), but readers cannot find the actor by it.
    const draft = parseFile(LUND_VARIANT);
    const [first, ...rest] = draft.inventory;
    await importCases([{ ...draft, slug: "lund-drafted-spelling", focus: "Drafted", inventory: [{ ...first!, actor: { slug: "city-of-saint-etienne", name: "City of Saint-Etienne Zorblax Takeover" } }, ...rest] }]);
    const [kept] = await getDb().execute<{ aliases: string[] }>(sql`select aliases from organisations where slug = 'city-of-saint-etienne'`);
    expect(kept!.aliases).toContain("City of Saint-Etienne Zorblax Takeover");
    expect((await list({ q: "zorblax" })).total).toBe(0);

    // A case taken back from the public takes its actors with it, where no other published case names them.
    await setCaseStatus(editor, lund!.id, { to: "archived", expectedVersion: lund!.version }, { cities: [], policyAreas: [] });
    const after = await list({});
    expect(after.total).toBeLessThan(all.total);
    expect(after.actors.every((a) => a.cities.every((c) => c.name === "Saint-Etienne"))).toBe(true);
  });

  it("narrows to the actors a city's published inventories name, with a facet given there, and reads a name's words as the searches do", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const lund = parseFile(LUND_VARIANT);
    // Lund's workshop had Ecole des Mines among its participants, and its inventory names USE'IN, only as anticipatory.
    const participant = { name: "Ecole des Mines", actor: null };
    const row = { ...lund.inventory[0]!, actor: { slug: "usein", name: "USE'IN" }, facets: ["anticipatory" as const] };
    await importCases([parseFile(DELIVERED_CASE), { ...lund, participants: [...lund.participants, participant], inventory: [...lund.inventory, row] }], { publish: true });
    const slugs = async (params: Record<string, string>) => (await list(params)).actors.map((a) => a.slug).sort();
    // Only the cities with an inventory in a published case: not the partner cities that have none yet.
    expect((await listInventoryCities()).map((c) => c.slug)).toEqual(["lund", "saint-etienne"]);

    // Lund's inventory, not its participants.
    expect(await slugs({ city: "lund" })).toEqual(["city-of-lund", "ideon-science-park", "lund-university", "usein"]);
    expect((await list({ q: "ecole des mines" })).actors.map((a) => a.cities.map((c) => c.slug))).toEqual([["lund", "saint-etienne"]]);
    // With a facet, one that city's inventory gives: USE'IN is adaptive in Saint-Etienne's, not in Lund's.
    expect(await slugs({ city: "lund", facet: "adaptive" })).toEqual(["ideon-science-park"]);
    expect(await slugs({ city: "lund", facet: "anticipatory" })).toContain("usein");
    expect(await slugs({ city: "saint-etienne", facet: "adaptive" })).toContain("usein");
    expect((await list({ city: "atlantis" })).total).toBe(0);
    expect((await list({ city: "lund", q: "ideon" })).total).toBe(1);

    // Each word is a part of a name, in any order; a phrase in quotes is one part.
    expect(await slugs({ q: "park science" })).toEqual(["ideon-science-park"]);
    expect((await list({ q: '"park science"' })).total).toBe(0);
    expect(await slugs({ q: "«science park»" })).toEqual(["ideon-science-park"]);
    // A minus leaves out the names that hold the word, in the catalog's name or a name a case gives.
    expect(await slugs({ city: "lund", q: "lund -university" })).toEqual(["city-of-lund"]);
    expect(await slugs({ city: "lund", q: "-lund" })).toEqual(["ideon-science-park", "usein"]);
    expect(await slugs({ q: "saint etienne -cultural" })).not.toContain("city-of-saint-etienne");
    // OR between two words finds either, beside the other words.
    expect(await slugs({ q: "ideon OR usein" })).toEqual(["ideon-science-park", "usein"]);
    expect(await slugs({ city: "lund", q: "university OR park" })).toEqual(["ideon-science-park", "lund-university"]);
    // Quotes with nothing between them leave nothing out: every actor.
    expect((await list({ q: '-""' })).total).toBe((await list({})).total);
  });
});
