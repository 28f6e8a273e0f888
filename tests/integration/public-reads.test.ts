import { expect, it } from "vitest";
import { getActor } from "@/db/actors";
import { getPublishedCase, importCases, listPublishedCaseDocuments, listPublishedCases, listRelatedCases } from "@/db/cases";
import { getCity, listCities } from "@/db/cities";
import { getPolicyArea, listPolicyAreas } from "@/db/policy-areas";
import { clearReadCache } from "@/db/read-cache";
import { listRecommendations } from "@/db/recommendations";
import { searchCases } from "@/db/search";
import { seedDatabase } from "@/db/seed";
import { caseFiltersSchema } from "@/lib/search/case-filters";
import { recommendationFiltersSchema } from "@/lib/search/recommendation-filters";
import { importPublishedFixtures, parseFile } from "../support/cases";
import { describeOnEachDatabase, sentQueries } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { caseName } from "@/lib/case/case-name";

async function queriesOf(read: () => Promise<unknown>): Promise<number> {
  clearReadCache();
  sentQueries.length = 0;
  await read();
  return sentQueries.length;
}

describeOnEachDatabase("what the public reads", () => {
  it("cites a recommendation in a list only where its case's page does: the first of a number given twice in a part", async () => {
    const delivered = parseFile(DELIVERED_CASE);
    const [first, ...rest] = delivered.summary.recommendations;
    const twice = { ...delivered, summary: { ...delivered.summary, recommendations: [first!, { ...first!, title: "The same number again" }, ...rest] } };
    await importCases([twice], { publish: true });
    const ofNumberOne = (rows: Array<{ part: string; number: number; title: string; isFirstOfNumber: boolean }>) =>
      rows.filter((r) => r.part === "summary" && r.number === first!.number).map((r) => [r.title, r.isFirstOfNumber]);
    const expected = [[first!.title, true], ["The same number again", false]];
    expect(ofNumberOne((await listRecommendations({ page: 1 })).items)).toEqual(expected);
    expect(ofNumberOne((await getPolicyArea(delivered.policyArea.slug))!.recommendations)).toEqual(expected);
    // Searched, the second is still known as a second.
    expect(ofNumberOne((await listRecommendations({ q: "same number again", page: 1 })).items)).toEqual([expected[1]]);
  });

  it("names each case by its focus too wherever cases are listed: two of one city and policy area differ by it", async () => {
    const delivered = parseFile(DELIVERED_CASE);
    await importCases([delivered, { ...delivered, slug: "saint-etienne-ai-training", focus: "Training" }], { publish: true });
    const names = (rows: Array<{ cityName: string; policyAreaName: string; focus: string | null }>) => rows.map(caseName).sort();
    const expected = ["Saint-Etienne: Artificial Intelligence", "Saint-Etienne: Artificial Intelligence (Training)"];
    expect(names((await searchCases({ q: "training", page: 1 })).hits)).toEqual(expected);
    expect(names(await listPublishedCases())).toEqual(expected);
    const recommendations = (await listRecommendations({ page: 1 })).items;
    expect([...new Set(names(recommendations))]).toEqual(expected);
    expect(names((await getActor("city-of-saint-etienne"))!.appearances)).toEqual(expected);
    const city = await getCity("saint-etienne");
    expect(city!.cases.map((c) => caseName({ ...c, cityName: city!.name })).sort()).toEqual(expected);
    const area = await getPolicyArea("artificial-intelligence");
    expect(area!.cases.map((c) => caseName({ ...c, policyAreaName: area!.name })).sort()).toEqual(expected);
  });

  it("gives each city its cases and the OPSI facet profile of their inventories", async () => {
    await seedDatabase();
    const cities = await listCities();
    expect(cities.map((c) => [c.slug, c.caseCount])).toEqual([
      ["bratislava", 0], ["kosice", 0], ["lund", 0], ["rotterdam", 0], ["saint-etienne", 1],
    ]);
    const city = await getCity("saint-etienne");
    expect(city?.cases.map((c) => c.slug)).toEqual(["saint-etienne-artificial-intelligence"]);
    expect(city?.facetProfile).toEqual({ enhancement: 7, mission: 18, adaptive: 4, anticipatory: 1 });
    expect(city?.actorCount).toBe(26);
    expect(await getCity("atlantis")).toBeNull();
  });

  it("counts each actor once in a city's profile, however many of its cases list it: as many as the actors it names", async () => {
    const delivered = parseFile(DELIVERED_CASE);
    await importCases([delivered, { ...delivered, slug: "saint-etienne-ai-training", focus: "Training" }], { publish: true });
    const city = await getCity("saint-etienne");
    expect(city?.cases).toHaveLength(2);
    expect(city?.actorCount).toBe(26);
    expect(city?.facetProfile).toEqual({ enhancement: 7, mission: 18, adaptive: 4, anticipatory: 1 });
  });

  it("gives each policy area its cases and all their recommendations", async () => {
    await importPublishedFixtures();
    expect((await listPolicyAreas()).map((p) => [p.slug, p.caseCount])).toEqual([["artificial-intelligence", 1], ["new-european-bauhaus", 1]]);
    const area = await getPolicyArea("artificial-intelligence");
    expect(area?.recommendations.map((r) => [r.part, r.number])).toEqual([
      ["summary", 1], ["summary", 2], ["summary", 3], ["closing", 1], ["closing", 2], ["closing", 3],
    ]);
  });

  it("lists every recommendation, filtered by country and searched", async () => {
    await importPublishedFixtures();
    const all = await listRecommendations(recommendationFiltersSchema.parse({}));
    expect(all.total).toBe(8);
    expect(all.options.country).toEqual([{ value: "FR", label: "France", count: 6 }, { value: "SE", label: "Sweden", count: 2 }]);
    const swedish = await listRecommendations(recommendationFiltersSchema.parse({ country: "se" }));
    expect(swedish.items.map((r) => r.title)).toEqual(["Open the labs", "Fund continuity"]);
    const searched = await listRecommendations(recommendationFiltersSchema.parse({ q: "pooling" }));
    expect(searched.items.map((r) => r.title)).toEqual(["Pooling resources"]);
  });

  it("keeps each case's recommendations together when two cities share a name", async () => {
    const lund = parseFile(LUND_VARIANT);
    const twin = (slug: string, code: string, country: string) => ({ ...lund, slug: `${slug}-new-european-bauhaus`, city: { ...lund.city, slug, name: "Valencia", country: { code, name: country } } });
    await importCases([twin("valencia-es", "ES", "Spain"), twin("valencia-ve", "VE", "Venezuela")], { publish: true });
    const { items } = await listRecommendations(recommendationFiltersSchema.parse({}));
    expect(items.map((r) => r.caseSlug)).toEqual([...Array(2).fill("valencia-es-new-european-bauhaus"), ...Array(2).fill("valencia-ve-new-european-bauhaus")]);
  });

  it("shows an actor with every published case where it appears, in every role", async () => {
    await importPublishedFixtures();
    const actor = await getActor("city-of-saint-etienne");
    expect(actor?.appearances).toHaveLength(1);
    expect(actor?.appearances[0]).toMatchObject({
      caseSlug: "saint-etienne-artificial-intelligence",
      participant: ["City of Saint-Etienne, Cultural Affairs Department", "City of Saint-Etienne, Department of Entrepreneurship, Education, Research and Innovation", "City of Saint-Etienne, Design management"],
      inventory: [{ name: "City of Saint-Etienne", facets: ["mission"], isResource: true }],
    });
    expect(actor?.appearances[0]?.stakeholder).toHaveLength(3);
    expect(actor?.facets).toEqual(["mission"]);
    expect(await getActor("no-such-actor")).toBeNull();
  });

  it("hides actors and related cases of unpublished cases", async () => {
    await importPublishedFixtures();
    await importCases([{ ...parseFile(LUND_VARIANT), policyArea: { slug: "artificial-intelligence", name: "Artificial Intelligence" }, slug: "lund-artificial-intelligence" }]);
    expect(await getActor("ideon-science-park")).toMatchObject({ appearances: [{ caseSlug: "lund-new-european-bauhaus" }] });
    expect(await listRelatedCases("saint-etienne-artificial-intelligence")).toEqual([]);
  });

  it("relates published cases of the same city or policy area, saying which they share", async () => {
    await importPublishedFixtures();
    await importCases([{ ...parseFile(LUND_VARIANT), policyArea: { slug: "artificial-intelligence", name: "Artificial Intelligence" }, slug: "lund-artificial-intelligence" }], { publish: true });
    const related = await listRelatedCases("saint-etienne-artificial-intelligence");
    expect(related.map((c) => [c.slug, c.sharesCity, c.sharesPolicyArea])).toEqual([["lund-artificial-intelligence", false, true]]);
    expect((await listRelatedCases("lund-new-european-bauhaus")).map((c) => [c.slug, c.sharesCity, c.sharesPolicyArea])).toEqual([["lund-artificial-intelligence", true, false]]);
    expect(await listRelatedCases("no-such-case")).toEqual([]);
  });

  it("reads a case, a city, an actor and a search in the same number of queries however large the content", async () => {
    await importPublishedFixtures();
    const small = {
      case: await queriesOf(() => getPublishedCase("lund-new-european-bauhaus")),
      all: await queriesOf(() => listPublishedCaseDocuments()),
      city: await queriesOf(() => getCity("lund")),
      actor: await queriesOf(() => getActor("lund-university")),
      search: await queriesOf(() => searchCases(caseFiltersSchema.parse({ q: "design" }))),
    };
    const large = {
      case: await queriesOf(() => getPublishedCase("saint-etienne-artificial-intelligence")),
      all: small.all,
      city: await queriesOf(() => getCity("saint-etienne")),
      actor: await queriesOf(() => getActor("city-of-saint-etienne")),
      search: small.search,
    };
    expect(large).toEqual(small);
    expect(small).toEqual({ case: 2, all: 2, city: 3, actor: 3, search: 3 });
  });

  it("shares a read under way: two at once (a page's metadata and its body) read the case once", async () => {
    await importPublishedFixtures();
    sentQueries.length = 0;
    const [first, second] = await Promise.all([getPublishedCase("lund-new-european-bauhaus"), getPublishedCase("lund-new-european-bauhaus")]);
    expect(second).toEqual(first);
    // Each looks at the content revision; the case's own query is sent once.
    expect(sentQueries).toHaveLength(3);
  });

  it("answers repeated reads from the cache until the content changes", async () => {
    await importPublishedFixtures();
    await getPublishedCase("lund-new-european-bauhaus");
    sentQueries.length = 0;
    await getPublishedCase("lund-new-european-bauhaus");
    expect(sentQueries).toHaveLength(1);
    await importCases([{ ...parseFile(LUND_VARIANT), context: "Changed." }], { publish: true });
    expect((await getPublishedCase("lund-new-european-bauhaus"))?.context).toBe("Changed.");
  });
});
