import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { setCaseStatus } from "@/db/case-editing";
import { listActors } from "@/db/actors";
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
});
