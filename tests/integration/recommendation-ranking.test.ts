import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { listRecommendations } from "@/db/recommendations";
import { generateCases } from "@/bench/synthetic/cases";
import { MARK_START } from "@/db/search";
import { recommendationFiltersSchema, RECOMMENDATIONS_PAGE_SIZE } from "@/lib/search/recommendation-filters";
import { describeOnEachDatabase } from "../support/databases";

/** Every matching recommendation, each ranked with its whole row: what the pages, chosen on narrow rows, must add up to. */
async function rankedWhole(q: string, country?: string): Promise<string[]> {
  const rows = await getDb().execute<{ key: string }>(sql`
    select k.slug || ' ' || f.part || ' ' || f.number as key
    from findings f join cases k on k.id = f.case_id join cities ci on ci.id = k.city_id join policy_areas pa on pa.id = k.policy_area_id
    where f.kind = 'recommendation' and k.status = 'published' and f.search_vector @@ websearch_to_tsquery('ekip', ${q})
      and (${country ?? null}::text is null or ci.country_code = ${country ?? null})
    order by ts_rank_cd(f.search_vector, websearch_to_tsquery('ekip', ${q})) desc, ekip_sort_name(ci.name), ci.name, pa.name, nullif(k.focus, '') nulls first, f.part, f.position`);
  return rows.map((r) => r.key);
}

async function everyPage(q: string | undefined, country?: string) {
  const items = [];
  for (let page = 1; ; page++) {
    const list = await listRecommendations(recommendationFiltersSchema.parse({ q, country, page: String(page) }));
    items.push(...list.items);
    if (list.items.length < RECOMMENDATIONS_PAGE_SIZE) return { total: list.total, items };
  }
}

describeOnEachDatabase("recommendations searched by words", () => {
  it("come in the order of their rank, page after page, each with its text and its snippet; without words, by city in alphabetical order", async () => {
    const documents = [...generateCases(150, 11)];
    await importCases(documents, { publish: true, message: "synthetic cases" });
    const country = documents[0]!.city.country.code;
    for (const [q, inCountry] of [["funding", undefined], ["green transition", undefined], ["funding", country]] as const) {
      const expected = await rankedWhole(q, inCountry);
      expect(expected.length, `${q} ${inCountry ?? ""}`).toBeGreaterThan(RECOMMENDATIONS_PAGE_SIZE);
      const { total, items } = await everyPage(q, inCountry?.toLowerCase());
      expect(total).toBe(expected.length);
      expect(items.map((r) => `${r.caseSlug} ${r.part} ${r.number}`)).toEqual(expected);
      const texts = documents.flatMap((d) => [...d.summary.recommendations, ...d.findings.recommendations].map((r) => r.body));
      for (const item of items) expect(texts).toContain(item.body);
      // The words may be in the title only: the snippet is made from the body.
      expect(items.filter((r) => r.snippet?.includes(MARK_START)).length).toBeGreaterThan(items.length / 2);
    }

    // Without words, by city in alphabetical order, accents aside, page after page.
    const { items } = await everyPage(undefined);
    const cities = items.map((r) => r.cityName).filter((name, i, all) => name !== all[i - 1]);
    const byName = new Intl.Collator("en", { sensitivity: "base" }).compare;
    // Names whose accented letters the code points would put elsewhere ("Vārik" after "Viri"): the two orders differ here.
    expect([...cities].sort()).not.toEqual([...cities].sort(byName));
    expect(cities).toEqual([...cities].sort(byName));
  });
});
