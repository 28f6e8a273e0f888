import { expect, it } from "vitest";
import { importCases } from "@/db/cases";
import { MARK_END, MARK_START, searchCases, unsearchableWords } from "@/db/search";
import { listRecommendations } from "@/db/recommendations";
import { caseFiltersSchema } from "@/lib/search/case-filters";
import { recommendationFiltersSchema } from "@/lib/search/recommendation-filters";
import { describeOnEachDatabase } from "../support/databases";
import { importPublishedFixtures, parseFile } from "../support/cases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";

const search = (params: Record<string, unknown>) => searchCases(caseFiltersSchema.parse(params));
const slugs = async (params: Record<string, unknown>) => (await search(params)).hits.map((h) => h.slug);

describeOnEachDatabase("searching cases", () => {
  it("finds words whatever their accents and case, stemmed", async () => {
    await importPublishedFixtures();
    expect(await slugs({ q: "ecole superieure" })).toEqual(["saint-etienne-artificial-intelligence"]);
    expect(await slugs({ q: "CITE DU DESIGN" })).toEqual(["saint-etienne-artificial-intelligence"]);
    expect(await slugs({ q: "trainings" })).toEqual(["saint-etienne-artificial-intelligence"]);
    expect(await slugs({ q: "science park" })).toEqual(["lund-new-european-bauhaus"]);
    expect(await slugs({ q: "zeppelin" })).toEqual([]);
  });

  it("finds a hyphenated word written with or without its hyphen, and the other way round", async () => {
    await importPublishedFixtures();
    const saintEtienne = ["saint-etienne-artificial-intelligence"];
    // The case writes "decision makers", "data collection", and "decision-making", "co-design".
    for (const q of ["decision-makers", "data-collection", '"decision-makers"', "decision making", "decision-making", "co design", "co-design -zeppelin"]) {
      expect(await slugs({ q }), q).toEqual(saintEtienne);
    }
    expect(await slugs({ q: "decision-makers -design" }), "a leading hyphen still leaves a word out").toEqual([]);
    expect(await slugs({ q: "3. Create a regional network" }), "a heading copied with its number").toEqual(saintEtienne);
  });

  it("finds a word in its British or American spelling, in a phrase or left out, and marks the spelling written", async () => {
    await importPublishedFixtures();
    const saintEtienne = ["saint-etienne-artificial-intelligence"];
    // The case writes "harmonise", "valorisation", "standardization", "in favor of".
    for (const q of ["harmonize", "harmonise", "valorization", "standardisation", "standardization", "favour", '"in favour of cultural"', "HARMONIZE"]) {
      expect(await slugs({ q }), q).toEqual(saintEtienne);
    }
    expect(await slugs({ q: "design -harmonize" }), "a word left out is left out in both spellings").not.toContain(saintEtienne[0]);
    expect(await slugs({ q: "design -harmonise" })).not.toContain(saintEtienne[0]);
    for (const [q, written] of [["harmonize", "harmonise"], ["standardization", "standardization"]]) {
      const [hit] = (await search({ q })).hits;
      expect(hit!.snippet, q).toContain(`${MARK_START}${written}${MARK_END}`);
    }
    const recommendations = await listRecommendations(recommendationFiltersSchema.parse({ q: "harmonize" }));
    expect(recommendations.items.map((r) => r.title)).toEqual(["Pooling resources"]);
    expect(recommendations.items[0]!.snippet).toContain(`${MARK_START}harmonise${MARK_END}`);
  });

  it("reads OR as joining the words on its two sides only, which the other words must match beside, as a search engine does", async () => {
    await importPublishedFixtures();
    const [saintEtienne, lund] = ["saint-etienne-artificial-intelligence", "lund-new-european-bauhaus"];
    expect(await slugs({ q: "ecole OR park" })).toEqual(expect.arrayContaining([saintEtienne, lund]));
    // Read as PostgreSQL's websearch reads it, "zeppelin OR ecole design" would be zeppelin, or both others.
    expect(await slugs({ q: "ecole OR zeppelin design" }), "the école case, with design").toEqual([saintEtienne]);
    expect(await slugs({ q: "ecole OR park zeppelin" }), "either, and zeppelin: none (not the école case)").toEqual([]);
    expect(await slugs({ q: "ecole OR OR park" }), "ORs in a row are one").toEqual(expect.arrayContaining([saintEtienne, lund]));
    expect(await slugs({ q: '"science park" OR zeppelin -ecole' })).toEqual([lund]);
    const recommendations = await listRecommendations(recommendationFiltersSchema.parse({ q: "zeppelin OR pooling resources" }));
    expect(recommendations.items.map((r) => r.title)).toEqual(["Pooling resources"]);
    expect((await listRecommendations(recommendationFiltersSchema.parse({ q: "pooling OR zeppelin zeppelin" }))).items).toEqual([]);
  });

  it("finds an -ize word by its -ise spelling and the other way round, never by its root word (organization is stemmed organ, as organic)", async () => {
    const lund = parseFile(LUND_VARIANT);
    const gardens = { ...lund, context: "Organic waste collection in urban gardens, with mobility on foot." };
    const growth = { ...lund, slug: "lund-growth", focus: "Growth", context: "Urbanization and the mobilization of volunteers." };
    await importCases([gardens, growth], { publish: true });
    for (const q of ["urbanisation", "urbanization", "mobilisation", "mobilizations", '"urbanisation and the"']) expect(await slugs({ q }), q).toEqual(["lund-growth"]);
    for (const q of ["urban", "mobility", "urban -urbanisation", "urban -urbanization", "mobility -mobilisation"]) expect(await slugs({ q }), q).toEqual([gardens.slug]);
  });

  it("marks in a snippet the words a search finds, not a root that shares an -ize word's stem; an -ise search does not mark the -ize word it finds", async () => {
    const lund = parseFile(LUND_VARIANT);
    const recommendation = { number: 1, title: "Grow together", body: "An organisation for organic growers, as a Réorganization plan says." };
    await importCases([{ ...lund, findings: { ...lund.findings, recommendations: [recommendation] } }], { publish: true });
    const snippet = async (q: string) => (await listRecommendations(recommendationFiltersSchema.parse({ q }))).items[0]?.snippet;
    const marked = (words: string[]) => words.map((w) => `${MARK_START}${w}${MARK_END}`);
    expect(await snippet("organisation")).toContain(marked(["organisation"])[0]);
    expect(await snippet("organisation")).not.toContain(`${MARK_START}organic`);
    // Found, but not marked: the text as written holds "Réorganization" under its root's stem (reorgan).
    expect(await snippet("reorganisation")).not.toContain(MARK_START);
    // Typed -ize, the word's own stem is marked, as it was before -ize words were spelt -ise.
    expect(await snippet("reorganization")).toContain(marked(["Réorganization"])[0]);
  });

  it("tells words that leave nothing to search for from words that match nothing", async () => {
    await importPublishedFixtures();
    for (const q of ["the", "  The AND of  ", "!!! ...", "«»"]) {
      expect(await slugs({ q }), q).toEqual([]);
      expect(await unsearchableWords(q), q).toBe(q.trim());
    }
    for (const q of ["zeppelin", "the design", "É"]) expect(await unsearchableWords(q), q).toBeUndefined();
    expect(await unsearchableWords("  ")).toBeUndefined();
  });

  it("shows why a case matched when only what names it holds the words (its country, its portfolio's title): those lines, marked", async () => {
    await importPublishedFixtures();
    const [hit] = (await search({ q: "Sweden" })).hits;
    expect(hit!.snippet).toContain(`${MARK_START}Sweden${MARK_END}`);
    expect(hit!.snippet).toMatch(new RegExp(`^Lund · ${MARK_START}Sweden${MARK_END} · New European Bauhaus`));
    // Words the text holds keep the snippet of the text.
    expect((await search({ q: "science park" })).hits[0]!.snippet).not.toMatch(/^Lund · Sweden/);
  });

  it("finds a name written with a typographic apostrophe or a straight one, typed either way, and marks it", async () => {
    const lund = parseFile(LUND_VARIANT);
    const curly = { ...lund, slug: "lund-curly", focus: "Curly", context: "A partner in ’s-Hertogenbosch works with us." };
    const straight = { ...lund, slug: "lund-straight", focus: "Straight", context: "A partner in 's-Hertogenbosch works with us." };
    await importCases([curly, straight], { publish: true });
    for (const q of ["’s-Hertogenbosch", "'s-Hertogenbosch", "‘s-Hertogenbosch", '"’s-Hertogenbosch"', "Hertogenbosch"]) {
      const { hits } = await search({ q });
      expect(hits.map((h) => h.slug).sort(), q).toEqual([curly.slug, straight.slug]);
      expect(hits.every((h) => h.snippet?.includes(`${MARK_START}Hertogenbosch${MARK_END}`)), q).toBe(true);
    }
  });

  it("finds an organisation whose name joins words by an apostrophe written either way, as /actors does", async () => {
    await importPublishedFixtures();
    for (const q of ["USE'IN", "use’in", "usein", "USEIN incubator"]) expect(await slugs({ q }), q).toEqual(["saint-etienne-artificial-intelligence"]);
    expect((await search({ q: "usein" })).hits[0]!.snippet).toContain(`${MARK_START}USEIN${MARK_END}`);
  });

  it("marks the matched words in a snippet of the original text", async () => {
    await importPublishedFixtures();
    const [hit] = (await search({ q: "ecole superieure" })).hits;
    expect(hit!.snippet).toContain(`${MARK_START}supérieure${MARK_END}`);
  });

  it("filters by facets combined with AND and counts each value", async () => {
    await importPublishedFixtures();
    const all = await search({});
    expect(all.total).toBe(2);
    expect(all.facets.country).toEqual([
      { value: "FR", label: "France", count: 1 },
      { value: "SE", label: "Sweden", count: 1 },
    ]);
    expect(all.facets.facet.find((f) => f.value === "anticipatory")).toEqual({ value: "anticipatory", label: "Anticipatory", count: 2 });
    expect(await slugs({ facet: "anticipatory", country: "se" })).toEqual(["lund-new-european-bauhaus"]);
    expect(await slugs({ stakeholder: "civil_society", policyArea: "artificial-intelligence" })).toEqual([]);
    const filtered = await search({ country: "FR" });
    expect(filtered.facets.country.map((c) => c.count)).toEqual([1, 1]);
    expect(filtered.facets.city).toEqual([{ value: "saint-etienne", label: "Saint-Etienne", count: 1 }]);
  });

  it("shows only published cases", async () => {
    await importCases([parseFile(DELIVERED_CASE)]);
    expect((await search({ q: "design" })).total).toBe(0);
  });
});
