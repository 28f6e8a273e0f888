import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { listActors } from "@/db/actors";
import { importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { rekeyOrganisations } from "@/db/organisations";
import { MARK_END, MARK_START, searchCases } from "@/db/search";
import { textArray } from "@/db/text-array";
import { actorFiltersSchema } from "@/lib/actors/actor-filters";
import type { CaseDocument } from "@/lib/case/schema";
import { organisationKey } from "@/lib/importer/actors";
import { caseFiltersSchema } from "@/lib/search/case-filters";
import { slugify } from "@/lib/slug";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { LUND_VARIANT } from "../support/fixtures";

const GREEK = ["Δήμος Θεσσαλονίκης", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "ΣΕΒΕ", "Κέντρο Καινοτομίας «Thess INTEC»"];
const CYRILLIC = ["Община Пловдив", "Пловдивски университет „Паисий Хилендарски“"];

/** The Lund variant moved to another city, its inventory the organisations named, the first of them a participant too (unlinked). */
function caseOf(city: string, names: string[], context: string): CaseDocument {
  const lund = parseFile(LUND_VARIANT);
  const slug = slugify(city);
  return {
    ...lund,
    slug: `${slug}-new-european-bauhaus`,
    city: { ...lund.city, slug, name: city },
    context,
    participants: [{ name: names[0]!, actor: null }],
    inventory: names.map((name) => ({ ...lund.inventory[0]!, actor: { slug: slugify(name), name } })),
  };
}

const search = async (q: string) => (await searchCases(caseFiltersSchema.parse({ q }))).hits.map((h) => h.slug);
const actors = async (q: string) => (await listActors(actorFiltersSchema.parse({ q }))).actors.map((a) => a.name);

describeOnEachDatabase("names and words in Greek and Cyrillic letters", () => {
  it("are organisations of their own, each matched by its own name, not all one", async () => {
    const [thessaloniki, plovdiv] = await importCases([
      caseOf("Θεσσαλονίκη", GREEK, "Ο ΔΗΜΟΣ και το «Thess INTEC»."),
      caseOf("Пловдив", CYRILLIC, "Общината и университетът."),
    ], { publish: true });
    const stored = await getDb().execute<{ name: string; cases: number }>(sql`
      select o.name, count(distinct r.case_id)::int as cases from organisations o join inventory_rows r on r.organisation_id = o.id
      where r.case_id in (${thessaloniki!.id}, ${plovdiv!.id}) group by o.name order by o.name`);
    expect(stored.map((o) => [o.name, o.cases])).toEqual([...GREEK, ...CYRILLIC].sort().map((name) => [name, 1]));
    // The participant is linked to its inventory actor by its name.
    const [participant] = await getDb().execute<{ name: string }>(sql`
      select o.name from participants p join organisations o on o.id = p.organisation_id where p.case_id = ${thessaloniki!.id}`);
    expect(participant?.name).toBe("Δήμος Θεσσαλονίκης");
  });

  it("are found by a part of a name, in capitals or without accents, and by words between guillemets", async () => {
    await importCases([caseOf("Θεσσαλονίκη", GREEK, "Ο Δήμος και το «Thess INTEC» στηρίζουν τις «Ψηφιακές» δράσεις.")], { publish: true });
    expect(await actors("σεβε")).toEqual(["ΣΕΒΕ"]);
    expect(await actors("ΔΗΜΟΣ")).toEqual(["Δήμος Θεσσαλονίκης"]);
    expect(await actors("πανεπιστημιο")).toEqual(["Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης"]);
    // Unaccent spells guillemets << >>, which the parser took for a markup tag, dropping the words inside.
    for (const q of ["INTEC", "ψηφιακες", "ΔΗΜΟΣ", "δήμος"]) expect(await search(q), q).toEqual(["thessaloniki-new-european-bauhaus"]);
    // The snippet, made from the text as written, marks a word typed with its final sigma.
    const [hit] = (await searchCases(caseFiltersSchema.parse({ q: "δήμος" }))).hits;
    expect(hit!.snippet).toContain(`${MARK_START}Δήμος${MARK_END}`);
  });

  it("are keyed again where a key was made before letters of every script counted, naming those matched together then", async () => {
    await importCases([caseOf("Пловдив", CYRILLIC, "Общината.")], { publish: true });
    // As before 0021: an empty key, and the other organisation's name taken for one of its spellings.
    await getDb().execute(sql`update organisations set match_key = '', aliases = ${textArray([CYRILLIC[1]!])} where name = ${CYRILLIC[0]!}`);
    expect(await rekeyOrganisations(getDb())).toEqual({ rekeyed: 1, joined: [CYRILLIC[0]!] });
    const [row] = await getDb().execute<{ match_key: string }>(sql`select match_key from organisations where name = ${CYRILLIC[0]!}`);
    expect(row!.match_key).toBe(organisationKey(CYRILLIC[0]!));
    expect(await rekeyOrganisations(getDb())).toEqual({ rekeyed: 0, joined: [] });
  });
});
