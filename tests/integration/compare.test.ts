import { expect, it } from "vitest";
import { importCases } from "@/db/cases";
import { getComparison } from "@/db/compare";
import { seedDatabase } from "@/db/seed";
import { clearReadCache } from "@/db/read-cache";
import type { CaseDocument } from "@/lib/case/schema";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase, sentQueries } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";

/** The Lund variant moved to another city, sharing Lightlab with Saint-Etienne. */
function lundLike(slug: string, name: string): CaseDocument {
  const lund = parseFile(LUND_VARIANT);
  return {
    ...lund,
    slug: `${slug}-new-european-bauhaus`,
    city: { ...lund.city, slug, name },
    inventory: [...lund.inventory, { ...lund.inventory[0]!, actor: { slug: "lightlab", name: "Lightlab" } }],
  };
}

/** A Lund-like case whose only key challenge is one group of one item. */
function withChallenge(slug: string, name: string, heading: string, item: string): CaseDocument {
  const doc = lundLike(slug, name);
  return { ...doc, portfolio: { ...doc.portfolio, challenges: [{ heading, items: [item] }] } };
}

async function importFour(): Promise<string[]> {
  const documents = [parseFile(DELIVERED_CASE), lundLike("lund", "Lund"), lundLike("malmo", "Malmö"), lundLike("uppsala", "Uppsala")];
  await importCases(documents, { publish: true });
  return documents.map((d) => d.slug);
}

describeOnEachDatabase("comparing cases", () => {
  it("gives the cases in the order asked, with their facet counts", async () => {
    const [saintEtienne, lund] = await importFour();
    const comparison = await getComparison([lund!, saintEtienne!]);
    expect(comparison.cases.map((c) => c.slug)).toEqual([lund, saintEtienne]);
    expect(comparison.cases[1]!.facetCounts).toEqual({ enhancement: 7, mission: 18, adaptive: 4, anticipatory: 1 });
    expect(comparison.missing).toEqual([]);
  });

  it("finds the organisations that appear in more than one case", async () => {
    const slugs = await importFour();
    const { sharedOrganisations } = await getComparison(slugs.slice(0, 2));
    expect(sharedOrganisations).toEqual([{ slug: "lightlab", name: "Lightlab", cases: slugs.slice(0, 2) }]);
  });

  it("finds recurring themes by shared stems", async () => {
    const slugs = await importFour();
    const { themes } = await getComparison(slugs.slice(1, 3));
    const funding = themes.find((t) => t.area === "challenges" && t.stem === "fund");
    expect(funding).toMatchObject({ words: ["funding"], cases: slugs.slice(1, 3), mentions: 2 });
    expect(themes.every((t) => t.cases.length > 1)).toBe(true);
  });

  it("leaves out of the themes words that say nothing as one (\"gives\") and the first part of a hyphenated word (\"post-production\")", async () => {
    // The demo's samples, which have both, in two cases or more.
    const slugs = await seedDatabase({ samples: true });
    const { themes } = await getComparison(slugs);
    expect(themes.length).toBeGreaterThan(10);
    expect(themes.filter((t) => ["give", "post"].includes(t.stem)).map((t) => t.words)).toEqual([]);
  });

  it("counts a hyphenated word once, whole, not also its parts; and names each theme's cases in the order compared", async () => {
    const docs = [withChallenge("lund", "Lund", "Materials", "Bio-based packaging"), withChallenge("malmo", "Malmö", "Materials", "Few bio-based suppliers")];
    await importCases(docs, { publish: true });
    const asked = [docs[1]!.slug, docs[0]!.slug];
    const themes = (await getComparison(asked)).themes.filter((t) => t.area === "challenges");
    expect(themes.find((t) => t.words.includes("bio-based"))).toMatchObject({ words: ["bio-based"], cases: asked, mentions: 2 });
    expect(themes.flatMap((t) => t.words)).not.toContain("bio");
    expect(themes.flatMap((t) => t.words)).not.toContain("based");
    expect(themes.every((t) => t.cases.join() === asked.filter((s) => t.cases.includes(s)).join())).toBe(true);
  });

  it("leaves the names of organisations out of the themes: one the cases share is listed as shared, not as its words", async () => {
    const alliance = (doc: CaseDocument): CaseDocument => ({ ...doc, inventory: [...doc.inventory, { ...doc.inventory[0]!, actor: { slug: "design-futures-alliance", name: "Design Futures Alliance" } }] });
    const docs = [
      alliance(withChallenge("lund", "Lund", "Funding", "Design Futures Alliance holds the only funding")),
      alliance(withChallenge("malmo", "Malmö", "Funding", "Little funding beyond the Design Futures Alliance")),
    ];
    await importCases(docs, { publish: true });
    const comparison = await getComparison(docs.map((d) => d.slug));
    const stems = comparison.themes.filter((t) => t.area === "challenges").map((t) => t.stem);
    expect(stems).toContain("fund");
    expect(stems.filter((stem) => ["design", "futur", "allianc"].includes(stem))).toEqual([]);
    expect(comparison.sharedOrganisations.map((o) => o.name)).toContain("Design Futures Alliance");
  });

  it("counts a word's British and American spellings as one theme, and no other word with them", async () => {
    const docs = [
      withChallenge("lund", "Lund", "Capacity", "Organisation matters for organic growers; we analyse"),
      withChallenge("malmo", "Malmö", "Capacity", "Organization matters. Organizational change; we analyze"),
    ];
    await importCases(docs, { publish: true });
    const { themes } = await getComparison(docs.map((d) => d.slug));
    const theme = themes.find((t) => t.area === "challenges" && t.words.includes("organisation"));
    expect(theme).toMatchObject({ cases: docs.map((d) => d.slug), mentions: 3 });
    // "organic" has the stem of "organization" (organ), but is another word.
    expect([...theme!.words].sort()).toEqual(["organisation", "organization", "organizational"]);
    expect(themes.flatMap((t) => t.words)).not.toContain("organic");
    expect(themes.find((t) => t.words.includes("analyse"))).toMatchObject({ words: expect.arrayContaining(["analyse", "analyze"]), mentions: 2 });
  });

  it("finds recommendation themes in the closing recommendations the table shows, not in the summary's, each mention once", async () => {
    const recommend = (lund: CaseDocument, part: "summary" | "findings", title: string): CaseDocument => ({
      ...lund, [part]: { ...lund[part], recommendations: [{ number: 1, title, body: `${title} in every district.` }] },
    });
    const closing = [recommend(lundLike("lund", "Lund"), "findings", "Zeppelin hangars"), recommend(lundLike("malmo", "Malmö"), "findings", "Zeppelin routes")];
    const summary = [recommend(lundLike("gent", "Gent"), "summary", "Xylophone lessons"), recommend(lundLike("ghent", "Ghent"), "summary", "Xylophone makers")];
    await importCases([...closing, ...summary], { publish: true });
    const themes = async (docs: CaseDocument[]) => (await getComparison(docs.map((d) => d.slug))).themes.filter((t) => t.area === "recommendations");
    // Once a case: the body opens with the title (its bold lead-in), which is not counted again.
    expect((await themes(closing)).find((t) => t.stem === "zeppelin")).toMatchObject({ mentions: 2 });
    expect((await themes(summary)).map((t) => t.stem)).not.toContain("xylophon");
  });

  it("names the cases that are unknown or not published", async () => {
    const [saintEtienne] = await importFour();
    await importCases([{ ...lundLike("bergen", "Bergen") }]);
    const { missing } = await getComparison([saintEtienne!, "bergen-new-european-bauhaus", "atlantis"]);
    expect(missing).toEqual(["bergen-new-european-bauhaus", "atlantis"]);
  });

  it("compares four cases in as many queries as two", async () => {
    const slugs = await importFour();
    const queries = async (asked: string[]) => {
      clearReadCache();
      sentQueries.length = 0;
      await getComparison(asked);
      return sentQueries.length;
    };
    // Three, and a fourth for the stems of the texts' words that have another spelling (Saint-Etienne's "standardization").
    expect(await queries(slugs.slice(0, 2))).toBe(4);
    expect(await queries(slugs)).toBe(4);
  });
});
