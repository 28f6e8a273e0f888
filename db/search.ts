import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { FACET_LABELS, STAKEHOLDER_CATEGORY_LABELS, type Facet, type StakeholderCategory } from "@/lib/case/schema";
import { FILTER_NAMES, PAGE_SIZE, type CaseFilterName, type CaseFilters } from "@/lib/search/case-filters";
import { getDb } from "./client";
import { cachedRead } from "./read-cache";

/** Marks around the matched words of a snippet: plain text, so nothing in it is ever read as HTML. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;

export type CaseHit = {
  slug: string; title: string | null; isSample: boolean; citySlug: string; cityName: string; countryCode: string; countryName: string;
  policyAreaSlug: string; policyAreaName: string; /** Of the workshop, when the case gives its date. */ year: number | null; updatedAt: string; snippet: string | null;
};
export type FacetValue = { value: string; label: string; count: number };
export type CaseSearch = { total: number; page: number; pageSize: number; hits: CaseHit[]; facets: Record<CaseFilterName, FacetValue[]> };

export const query = (q: string) => sql`websearch_to_tsquery('ekip', ${q})`;

// One row per published case with every value the facets filter on.
const CANDIDATES = sql`
  select c.id, c.slug, c.title, c.is_sample, c.updated_at, c.search_vector, c.search_body,
    ci.slug as city, ci.name as city_name, ci.country_code as country, ci.country_name,
    pa.slug as policy_area, pa.name as policy_area_name,
    extract(year from c.workshop_date)::int as year,
    array(select distinct unnest(r.facets)::text from inventory_rows r where r.case_id = c.id) as facets,
    array(select distinct s.category::text from stakeholders s where s.case_id = c.id) as stakeholders
  from cases c join cities ci on ci.id = c.city_id join policy_areas pa on pa.id = c.policy_area_id
  where c.status = 'published'`;

function condition(name: CaseFilterName, value: string | number): SQL {
  switch (name) {
    case "city": return sql`city = ${value}`;
    case "country": return sql`country = ${value}`;
    case "policyArea": return sql`policy_area = ${value}`;
    case "year": return sql`year = ${value}`;
    case "facet": return sql`${value} = any(facets)`;
    case "stakeholder": return sql`${value} = any(stakeholders)`;
  }
}

function where(filters: CaseFilters, except?: CaseFilterName): SQL {
  const parts = FILTER_NAMES.filter((n) => n !== except && filters[n] !== undefined).map((n) => condition(n, filters[n]!));
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

const FACET_SOURCES: Record<CaseFilterName, SQL> = {
  city: sql`city as value, city_name as label`,
  country: sql`country as value, country_name as label`,
  policyArea: sql`policy_area as value, policy_area_name as label`,
  year: sql`year::text as value, year::text as label`,
  facet: sql`unnest(facets) as value, null as label`,
  stakeholder: sql`unnest(stakeholders) as value, null as label`,
};

/** Counts for every facet value: the cases that would match if that value were chosen (the other filters kept). */
function facetCountsQuery(filters: CaseFilters): SQL {
  const parts = FILTER_NAMES.map((name) => sql`
    select ${name} as facet, value, label, count(*)::int as count
    from (select ${FACET_SOURCES[name]}, id from matched where ${where(filters, name)}${name === "year" ? sql` and year is not null` : sql``}) v
    group by value, label`);
  return sql.join(parts, sql` union all `);
}

/** Published cases matching the filters and the words of `q`, ranked, with snippets and facet counts. Two queries. */
export function searchCases(filters: CaseFilters): Promise<CaseSearch> {
  return cachedRead(["searchCases", JSON.stringify(filters)], () => runSearch(filters));
}

async function runSearch(filters: CaseFilters): Promise<CaseSearch> {
  const q = filters.q?.trim();
  const matched = sql`with matched as (select * from (${CANDIDATES}) candidates where ${q ? sql`search_vector @@ ${query(q)}` : sql`true`})`;
  const offset = (filters.page - 1) * PAGE_SIZE;
  const hitsQuery = sql`${matched}
    select slug, title, is_sample as "isSample", city as "citySlug", city_name as "cityName", country as "countryCode", country_name as "countryName",
      policy_area as "policyAreaSlug", policy_area_name as "policyAreaName", year, updated_at as "updatedAt",
      ${q ? sql`ts_headline('ekip', search_body, ${query(q)}, ${HEADLINE})` : sql`null`} as snippet,
      count(*) over ()::int as total
    from matched where ${where(filters)}
    order by ${q ? sql`ts_rank_cd(search_vector, ${query(q)}) desc,` : sql``} updated_at desc, slug
    limit ${PAGE_SIZE} offset ${offset}`;
  const db = getDb();
  const [hits, counts] = await Promise.all([
    db.execute<CaseHit & { total: number; updatedAt: Date | string }>(hitsQuery),
    db.execute<{ facet: CaseFilterName; value: string; label: string | null; count: number }>(sql`${matched} ${facetCountsQuery(filters)}`),
  ]);
  const facets = Object.fromEntries(FILTER_NAMES.map((n) => [n, [] as FacetValue[]])) as CaseSearch["facets"];
  for (const row of counts) facets[row.facet].push({ value: row.value, label: row.label ?? facetLabel(row.facet, row.value), count: row.count });
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return {
    total: hits[0]?.total ?? (filters.page > 1 ? await countMatches(filters) : 0),
    page: filters.page,
    pageSize: PAGE_SIZE,
    hits: hits.map(({ total: _total, ...hit }) => ({ ...hit, updatedAt: new Date(hit.updatedAt).toISOString() })),
    facets,
  };
}

async function countMatches(filters: CaseFilters): Promise<number> {
  const result = await runSearch({ ...filters, page: 1 });
  return result.total;
}

function facetLabel(name: CaseFilterName, value: string): string {
  if (name === "facet") return FACET_LABELS[value as Facet] ?? value;
  if (name === "stakeholder") return STAKEHOLDER_CATEGORY_LABELS[value as StakeholderCategory] ?? value;
  return value;
}
