import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { setCaseStatus } from "@/db/case-editing";
import { importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { updateCity } from "@/db/catalog";
import { listRecommendations } from "@/db/recommendations";
import { searchCases } from "@/db/search";
import { generateCases } from "@/bench/synthetic/cases";
import { cityChangeSchema } from "@/lib/catalog/schemas";
import { RECOMMENDATIONS_PAGE_SIZE } from "@/lib/search/recommendation-filters";
import { FILTER_NAMES, type CaseFilterName } from "@/lib/search/case-filters";
import { describeOnEachDatabase } from "../support/databases";
import { importPublishedFixtures } from "../support/cases";
import { person } from "../support/people";

type Counts = Record<CaseFilterName, Record<string, number>>;

/** What /cases should count with nothing chosen, worked out here case by case from the published rows. */
async function expectedCaseCounts(): Promise<Counts> {
  const rows = await getDb().execute<{ city: string; country: string; policy_area: string; year: number | null; facets: string[]; stakeholders: string[] }>(sql`
    select ci.slug as city, ci.country_code as country, pa.slug as policy_area, extract(year from c.workshop_date)::int as year,
      c.facets::text[] as facets, c.stakeholder_categories::text[] as stakeholders
    from cases c join cities ci on ci.id = c.city_id join policy_areas pa on pa.id = c.policy_area_id where c.status = 'published'`);
  const counts = Object.fromEntries(FILTER_NAMES.map((n) => [n, {}])) as Counts;
  const add = (name: CaseFilterName, value: string | number | null) => {
    if (value !== null) counts[name][String(value)] = (counts[name][String(value)] ?? 0) + 1;
  };
  for (const r of rows) {
    add("city", r.city); add("country", r.country); add("policyArea", r.policy_area); add("year", r.year);
    r.facets.forEach((f) => add("facet", f)); r.stakeholders.forEach((s) => add("stakeholder", s));
  }
  return counts;
}

/** The kept counts of /cases and /recommendations agree with the collection, and with what choosing each value finds. */
async function expectKeptCountsToHold(): Promise<void> {
  const all = await searchCases({ page: 1 });
  const shown = Object.fromEntries(FILTER_NAMES.map((n) => [n, Object.fromEntries(all.facets[n].map((v) => [v.value, v.count]))]));
  expect(shown).toEqual(await expectedCaseCounts());
  for (const v of all.facets.city) expect((await searchCases({ page: 1, city: v.value })).total).toBe(v.count);
  for (const v of all.facets.facet) expect((await searchCases({ page: 1, facet: v.value as never })).total).toBe(v.count);

  const recommendations = await listRecommendations({ page: 1 });
  const [{ n }] = (await getDb().execute<{ n: number }>(sql`
    select count(*)::int as n from findings f join cases c on c.id = f.case_id where f.kind = 'recommendation' and c.status = 'published'`)) as unknown as [{ n: number }];
  expect(recommendations.total).toBe(n);
  for (const kind of ["city", "country", "policyArea"] as const) {
    for (const o of recommendations.options[kind]) expect((await listRecommendations({ page: 1, [kind]: o.value })).total).toBe(o.count);
  }
}

describeOnEachDatabase("the counts kept for /cases and /recommendations", () => {
  it("follow every change of public content: imports, publishing (several at once), archiving and renaming a city", async () => {
    await importPublishedFixtures();
    await importCases([...generateCases(5, 3)], { publish: true });
    const drafts = await importCases([...generateCases(8, 4)].slice(5));
    await expectKeptCountsToHold();

    const admin = await person("admin@example.org", "admin");
    const known = { cities: [], policyAreas: [] };
    // At once: on PostgreSQL each waits for the other's lock on the revision, then counts what it committed.
    await Promise.all(drafts.map((d) => setCaseStatus(admin, d.id, { to: "published", expectedVersion: d.version, note: "synthetic", waive: true }, known)));
    await expectKeptCountsToHold();
    const [published] = await getDb().execute<{ id: number; version: number }>(sql`
      select id, version from cases where status = 'published' order by id limit 1`);
    await setCaseStatus(admin, published!.id, { to: "archived", expectedVersion: published!.version }, known);
    await expectKeptCountsToHold();

    const [city] = await getDb().execute<Record<string, unknown>>(sql`
      select slug, name, country_code as "countryCode", country_name as "countryName", population, website from cities
      where id in (select city_id from cases where status = 'published') order by slug limit 1`);
    await updateCity(admin, cityChangeSchema.parse({ ...city, name: "Renamed City", countryCode: "IS", countryName: "Iceland" }));
    await expectKeptCountsToHold();
    const all = await searchCases({ page: 1 });
    expect(all.facets.city.find((v) => v.value === city!.slug)?.label).toBe("Renamed City");
    expect(all.facets.country.find((v) => v.value === "IS")?.label).toBe("Iceland");
  });
});

describeOnEachDatabase("the options of /recommendations with words", () => {
  it("count what choosing each finds, and add up to every matching recommendation of a published case, page by page", async () => {
    await importCases([...generateCases(24, 7)], { publish: true });
    await importCases([...generateCases(27, 8)].slice(24));
    const q = "funding";
    const [{ n }] = (await getDb().execute<{ n: number }>(sql`
      select count(*)::int as n from findings f join cases c on c.id = f.case_id
      where f.kind = 'recommendation' and c.status = 'published' and f.search_vector @@ websearch_to_tsquery('ekip', ${q})`)) as unknown as [{ n: number }];
    expect(n).toBeGreaterThan(RECOMMENDATIONS_PAGE_SIZE);

    const first = await listRecommendations({ page: 1, q });
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(first.total / first.pageSize); page++) {
      const { items } = await listRecommendations({ page, q });
      seen.push(...items.map((r) => `${r.caseSlug} ${r.part} ${r.number}`));
    }
    expect(first.total).toBe(n);
    expect(new Set(seen).size).toBe(n);
    for (const kind of ["city", "country", "policyArea"] as const) {
      expect(first.options[kind].reduce((sum, o) => sum + o.count, 0)).toBe(n);
      for (const o of first.options[kind]) expect((await listRecommendations({ page: 1, q, [kind]: o.value })).total).toBe(o.count);
    }

    const country = first.options.country[0]!;
    const chosen = await listRecommendations({ page: 1, q, country: country.value });
    expect(chosen.options.country).toEqual(first.options.country);
    for (const kind of ["city", "policyArea"] as const) {
      expect(chosen.options[kind].reduce((sum, o) => sum + o.count, 0)).toBe(country.count);
      for (const o of chosen.options[kind]) expect((await listRecommendations({ page: 1, q, country: country.value, [kind]: o.value })).total).toBe(o.count);
    }
  });
});

describeOnEachDatabase("the counts of /cases with words or a value chosen", () => {
  it("count what choosing each value finds, named as the kept counts name them", async () => {
    await importCases([...generateCases(24, 9)], { publish: true });
    await importCases([...generateCases(27, 10)].slice(24));
    const kept = await searchCases({ page: 1 });
    // Years as a calendar reads them, the newest first, whatever their counts.
    const years = kept.facets.year.map((v) => Number(v.value));
    expect(years.length).toBeGreaterThan(2);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const names = Object.fromEntries(FILTER_NAMES.map((n) => [n, Object.fromEntries(kept.facets[n].map((v) => [v.value, v.label]))]));
    const country = kept.facets.country[0]!.value;
    for (const chosen of [{ q: "funding" }, { country }, { q: "funding", facet: "mission" as const }, { country, stakeholder: "academia" as const }]) {
      const counted = await searchCases({ page: 1, ...chosen });
      expect(counted.total).toBeGreaterThan(0);
      for (const name of FILTER_NAMES) {
        for (const v of counted.facets[name]) {
          expect(v.label).toBe(names[name]![v.value]);
          const value = name === "year" ? Number(v.value) : v.value;
          expect((await searchCases({ page: 1, ...chosen, [name]: value })).total, `${JSON.stringify(chosen)} ${name}=${v.value}`).toBe(v.count);
        }
      }
    }
  });
});
