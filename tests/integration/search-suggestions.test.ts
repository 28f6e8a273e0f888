import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { saveCase, setCaseStatus } from "@/db/case-editing";
import { importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { MARK_END, MARK_START, searchCases } from "@/db/search";
import { removeSampleCases, importSampleCases } from "@/db/seed";
import { findCorrections, findOtherCaseSearches, findOtherRecommendationSearches, findOtherSearches } from "@/db/spelling-suggestions";
import { caseFiltersSchema, type CaseFilters } from "@/lib/search/case-filters";
import { recommendationFiltersSchema } from "@/lib/search/recommendation-filters";
import { describeOnEachDatabase } from "../support/databases";
import { importPublishedFixtures, parseFile } from "../support/cases";
import { LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

const filters = (params: Record<string, unknown>) => caseFiltersSchema.parse(params);
const slugs = async (params: Record<string, unknown>) => (await searchCases(filters(params))).hits.map((h) => h.slug);
const corrections = async (q: string) => Object.fromEntries(await findCorrections(q));
const otherCaseSearches = (q: string, chosen: Partial<CaseFilters> = {}, found = 0) => findOtherCaseSearches(filters({ ...chosen, q }), found);
const known = { cities: [], policyAreas: [] };

/** Every word of the published cases' search texts is kept: worked out here from the rows. */
async function expectWordsOfPublishedCasesKept(): Promise<void> {
  const missing = await getDb().execute<{ word: string }>(sql`
    select distinct w as word from cases c, regexp_split_to_table(lower(c.search_title || ' ' || c.search_body), '[^[:alpha:]]+') w
    where c.status = 'published' and length(w) between 3 and 40 and not exists (select 1 from search_words s where s.word = w)`);
  expect([...missing]).toEqual([]);
}

const isKept = async (word: string) => (await getDb().execute(sql`select 1 from search_words where word = ${word}`)).length > 0;

describeOnEachDatabase("did you mean", () => {
  it("corrects a misspelt word to the published word it most resembles, keeping the others as typed, and offers any of the words", async () => {
    await importPublishedFixtures();
    expect(await corrections("Superieur ecole innovaton videoformes")).toEqual({ innovaton: "innovation" });
    expect(await otherCaseSearches("Innovaton ecole")).toEqual({ corrected: "Innovation ecole" });
    expect(await otherCaseSearches("Innovaton ecole", {}, 2), "a search that found little").toEqual({ corrected: "Innovation ecole" });
    expect(await findOtherSearches("Innovaton ecole", { found: 3, finds: async () => true }), "a search that found enough").toEqual({});
    expect(await corrections("innovations trainings decision-makers"), "forms of published words are spelt right").toEqual({});
    expect(await corrections("teh zzzzqqq"), "neither a very common word nor nothing alike").toEqual({});
    // Together they find nothing, each finds a case.
    expect(await slugs({ q: "ecole scania" })).toEqual([]);
    expect(await otherCaseSearches("ecole scania")).toEqual({ anyWord: "ecole OR scania" });
    expect(await slugs({ q: "ecole OR scania" })).toHaveLength(2);
    expect(await otherCaseSearches("ecole OR scania zeppelin")).toEqual({ anyWord: "ecole OR scania OR zeppelin" });
    expect(await otherCaseSearches("zeppelin dirigible"), "any of the words finds nothing either").toEqual({});
  });

  it("offers a correction with the filters chosen when it finds something with them, else without them when it finds something there", async () => {
    await importPublishedFixtures();
    expect(await otherCaseSearches("videofromes")).toEqual({ corrected: "videoformes" });
    expect(await otherCaseSearches("videofromes", { city: "saint-etienne", country: "fr" })).toEqual({ corrected: "videoformes" });
    expect(await otherCaseSearches("videofromes", { city: "lund" }), "no Lund case names Videoformes").toEqual({ correctedInAll: "videoformes" });
    expect(await otherCaseSearches("videofromes", { city: "lund" }, 2), "nor when the search found a little").toEqual({ correctedInAll: "videoformes" });
    expect(await otherCaseSearches("videofromes innovation", { city: "lund" }), "any of the words, with the filters, beside").toEqual({ correctedInAll: "videoformes innovation", anyWord: "videofromes OR innovation" });
    expect(await otherCaseSearches("videofromes zeppelin", { city: "lund" }), "finding nothing anywhere").toEqual({});
    const recommendations = (q: string, chosen = {}) => findOtherRecommendationSearches(recommendationFiltersSchema.parse({ ...chosen, q }), 0);
    expect(await recommendations("poolling resources")).toEqual({ corrected: "pooling resources" });
    expect(await recommendations("poolling resources", { country: "se" }), "no Swedish recommendation pools resources").toEqual({ correctedInAll: "pooling resources" });
  });

  it("never suggests a word that only a draft uses, nor a word published cases no longer hold", async () => {
    await importPublishedFixtures();
    await expectWordsOfPublishedCasesKept();
    const lund = parseFile(LUND_VARIANT);
    const draft = { ...lund, slug: "lund-draft", focus: "Draft", context: "The Zephyrtronics consortium meets in Quillibrook." };
    const [saved] = await importCases([draft]);
    expect(await isKept("zephyrtronics")).toBe(false);
    expect(await corrections("zephyrtonics quilibrook")).toEqual({});

    const admin = await person("admin@example.org", "admin");
    await setCaseStatus(admin, saved!.id, { to: "published", expectedVersion: saved!.version, note: "test", waive: true }, known);
    expect(await corrections("zephyrtonics quilibrook")).toEqual({ zephyrtonics: "zephyrtronics", quilibrook: "quillibrook" });
    expect(await otherCaseSearches("zephyrtonics")).toEqual({ corrected: "zephyrtronics" });
    await expectWordsOfPublishedCasesKept();

    // The published text changes: its old word stays kept, but no search offers it, since none finds it.
    const [{ version: published }] = (await getDb().execute<{ version: number }>(sql`select version from cases where id = ${saved!.id}`)) as unknown as [{ version: number }];
    const { version } = await saveCase(admin, saved!.id, { ...draft, context: "The consortium meets in Quillibrook." }, { expectedVersion: published });
    expect(await otherCaseSearches("zephyrtonics")).toEqual({});
    // Not even where the rest of the search finds something (a word left out, or OR another).
    expect(await corrections("zephyrtonics quilibrook")).toEqual({ quilibrook: "quillibrook" });
    expect(await otherCaseSearches("quillibrook -zephyrtonics")).toEqual({});
    expect(await otherCaseSearches("quilibrook")).toEqual({ corrected: "quillibrook" });
    await expectWordsOfPublishedCasesKept();

    await setCaseStatus(admin, saved!.id, { to: "archived", expectedVersion: version }, known);
    expect(await otherCaseSearches("quilibrook")).toEqual({});
    expect(await corrections("quilibrook")).toEqual({});

    await importSampleCases();
    await expectWordsOfPublishedCasesKept();
    await removeSampleCases();
    await expectWordsOfPublishedCasesKept();
  });
});

describeOnEachDatabase("abbreviations", () => {
  it("find the words they stand for, and the other way round, in a phrase or left out, and the snippet marks what was found", async () => {
    const lund = parseFile(LUND_VARIANT);
    const short = { ...lund, slug: "lund-short", focus: "Short", context: "Training in AI for the CCIs, as the NEB asks." };
    const long = { ...lund, slug: "lund-long", focus: "Long", context: "Training in artificial intelligence for the cultural and creative industries of the New European Bauhaus." };
    const apart = { ...lund, slug: "lund-apart", focus: "Apart", context: "Artificial light, and the intelligence of creative people." };
    await importCases([short, long, apart], { publish: true });
    const found = async (q: string) => (await slugs({ q })).filter((s) => s !== lund.slug).sort();
    const both = [long.slug, short.slug].sort();
    for (const q of ["AI", '"artificial intelligence"', "training ai", "CCI", "cultural and creative industries", '"cultural and creative industries"']) {
      expect(await found(q), q).toEqual(both);
    }
    expect(await found("artificial intelligence"), "the words apart, or AI").toEqual([apart.slug, ...both].sort());
    expect(await found("training -AI"), "left out in both forms").toEqual([]);
    expect(await found('training -"artificial intelligence"')).toEqual([]);
    // Every copy of the Lund case names its policy area, the New European Bauhaus; only one says NEB.
    expect(await found("NEB")).toEqual([apart.slug, ...both].sort());
    expect(await found('"New European Bauhaus" NEB')).toEqual([apart.slug, ...both].sort());
    const snippet = async (q: string, slug: string) => (await searchCases(filters({ q }))).hits.find((h) => h.slug === slug)?.snippet;
    expect(await snippet("AI", long.slug)).toContain(`${MARK_START}artificial${MARK_END} ${MARK_START}intelligence${MARK_END}`);
    const smes = { ...lund, slug: "lund-smes", focus: "SMEs", context: "Grants for SMEs." };
    const spelt = { ...lund, slug: "lund-spelt", focus: "Spelt", context: "Grants for small and medium-sized enterprises." };
    await importCases([smes, spelt], { publish: true });
    for (const q of ["SME", "small and medium-sized enterprises", '"small and medium-sized enterprises"', "small and medium sized enterprises"]) {
      expect(await found(q), q).toEqual(expect.arrayContaining([smes.slug, spelt.slug]));
    }
    expect(await snippet("artificial intelligence", short.slug)).toContain(`${MARK_START}AI${MARK_END}`);
  });
});
