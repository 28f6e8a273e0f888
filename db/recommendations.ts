import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { RECOMMENDATIONS_PAGE_SIZE, type RecommendationFilters } from "@/lib/search/recommendation-filters";
import { compareNames } from "@/lib/slug";
import { alphabetically } from "./alphabetical";
import type { CitableRecommendation } from "@/lib/case/cite";
import { CITED_CASE_COLUMNS, FIRST_OF_ITS_NUMBER } from "./cited-case";
import { getDb } from "./client";
import { readPublishedCounts } from "./published-counts";
import { cachedRead } from "./read-cache";
import { MARK_END, MARK_START, markingQuery, query } from "./search";

/** A listed recommendation: what its reference needs (lib/case/cite.ts), and where it stands. */
export type Recommendation = CitableRecommendation & {
  isSample: boolean; citySlug: string; countryCode: string; countryName: string; policyAreaSlug: string; body: string; snippet: string | null;
  /** The title with the words searched marked, when there was a search (the snippet is of the body). */
  titleSnippet: string | null;
};
export type Option = { value: string; label: string; count: number };
export type RecommendationList = {
  total: number; page: number; pageSize: number; items: Recommendation[];
  options: { city: Option[]; country: Option[]; policyArea: Option[] };
};

const BASE = sql`
  select f.id, f.part, f.number, f.position, f.search_vector, k.slug as "caseSlug", k.is_sample as "isSample", k.updated_at,
    ci.slug as "citySlug", ci.name as "cityName", ${alphabetically(sql`ci.name`)} as "citySortName", ci.country_code as "countryCode", ci.country_name as "countryName",
    pa.slug as "policyAreaSlug", pa.name as "policyAreaName", nullif(k.focus, '') as focus
  from findings f join cases k on k.id = f.case_id join cities ci on ci.id = k.city_id join policy_areas pa on pa.id = k.policy_area_id
  where f.kind = 'recommendation' and k.status = 'published'`;

type OptionKind = keyof RecommendationList["options"];

/** The words, when given, as SQL on a recommendation's search vector. */
function wordsSql(q: string | undefined): SQL {
  return q ? sql`search_vector @@ ${query(q)}` : sql`true`;
}

/** The chosen city, country and policy area as SQL; `except` leaves one out, for the counts of that filter's own options. */
function choiceSql(f: RecommendationFilters, except?: OptionKind): SQL {
  const parts = [sql`true`];
  if (f.city && except !== "city") parts.push(sql`"citySlug" = ${f.city}`);
  if (f.country && except !== "country") parts.push(sql`"countryCode" = ${f.country}`);
  if (f.policyArea && except !== "policyArea") parts.push(sql`"policyAreaSlug" = ${f.policyArea}`);
  return sql.join(parts, sql` and `);
}

/**
 * How many recommendations of each published case match the words, with the case's city, country and
 * policy area: counted per case first, so the joins and the counts see each case once, not each recommendation.
 */
function matchesPerCase(q: string | undefined): SQL {
  return sql`
  select ci.slug as "citySlug", ci.name as "cityName", ci.country_code as "countryCode", ci.country_name as "countryName",
    pa.slug as "policyAreaSlug", pa.name as "policyAreaName", m.matches
  from (select case_id, count(*) as matches from findings where kind = 'recommendation' and ${wordsSql(q)} group by case_id) m
    join cases k on k.id = m.case_id join cities ci on ci.id = k.city_id join policy_areas pa on pa.id = k.policy_area_id
  where k.status = 'published'`;
}

/**
 * Each option counts what choosing it would show: the search and the other filters kept. With no
 * filter chosen the three lists count the same rows: one pass over them (grouping sets), not three.
 */
function optionsQuery(f: RecommendationFilters): SQL {
  const matched = matchesPerCase(f.q?.trim());
  if (!f.city && !f.country && !f.policyArea) {
    return sql`
      select case when grouping("citySlug") = 0 then 'city' when grouping("countryCode") = 0 then 'country' else 'policyArea' end as kind,
        coalesce("citySlug", "countryCode", "policyAreaSlug") as value, coalesce("cityName", "countryName", "policyAreaName") as label, sum(matches)::int as count
      from (${matched}) r
      group by grouping sets (("citySlug", "cityName"), ("countryCode", "countryName"), ("policyAreaSlug", "policyAreaName"))`;
  }
  return sql`
    with matched as (${matched})
    select 'city' as kind, "citySlug" as value, "cityName" as label, sum(matches)::int as count from matched where ${choiceSql(f, "city")} group by 2, 3
    union all select 'country', "countryCode", "countryName", sum(matches)::int from matched where ${choiceSql(f, "country")} group by 2, 3
    union all select 'policyArea', "policyAreaSlug", "policyAreaName", sum(matches)::int from matched where ${choiceSql(f, "policyArea")} group by 2, 3`;
}

type OptionRow = { kind: OptionKind; value: string; label: string; count: number };

/** With nothing chosen and no words the options are kept counts (published_counts). */
async function readOptions(f: RecommendationFilters): Promise<OptionRow[]> {
  if (f.q?.trim() || f.city || f.country || f.policyArea) return [...(await getDb().execute<OptionRow>(optionsQuery(f)))];
  const kept = await readPublishedCounts("recommendations");
  return kept.map(({ facet, value, label, count }) => ({ kind: facet as OptionKind, value, label: label ?? value, count }));
}

/** The name of each city, country and policy area with published recommendations: a value chosen is named even where nothing matches it. */
export function recommendationOptionNames(): Promise<Record<OptionKind, Record<string, string>>> {
  return cachedRead(["recommendationOptionNames"], async () => {
    const names: Record<OptionKind, Record<string, string>> = { city: {}, country: {}, policyArea: {} };
    for (const { facet, value, label } of await readPublishedCounts("recommendations")) names[facet as OptionKind][value] = label ?? value;
    return names;
  });
}

/**
 * The order of the list: by city (alphabetically: accents and case aside), policy area and focus, then as in the case;
 * best match first when words are given. Two cities may share a name: the case's slug keeps each case's
 * recommendations together, and every page in the same order (the same plan at 10,000 cases, bench/RESULTS.md).
 */
const order = (q: string | undefined, r: SQL) =>
  sql`${q ? sql`${r}rank desc, ` : sql``}${r}"citySortName", ${r}"cityName", ${r}"policyAreaName", ${r}focus nulls first, ${r}"caseSlug", ${r}part, ${r}position`;

/**
 * One page of recommendations, best match first when words are given. The page is chosen on narrow rows
 * (no title or body): a common word matches tens of thousands of recommendations, and sorting them with their
 * text wrote twice as much to disk. Only the page's rows then read their text and make their snippet.
 */
function pageQuery(filters: RecommendationFilters, q: string | undefined): SQL {
  const headline = (text: SQL) => (q ? sql`ts_headline('ekip', ${text}, ${markingQuery(q)}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`})` : sql`null`);
  return sql`
    select "caseSlug", "isSample", "citySlug", "cityName", "countryCode", "countryName", "policyAreaSlug", "policyAreaName", r.focus,
      r.part, r.number, f.title, f.body, ${headline(sql`f.body`)} as snippet, ${headline(sql`f.title`)} as "titleSnippet", ${CITED_CASE_COLUMNS}, ${FIRST_OF_ITS_NUMBER}
    from (
      select id, "caseSlug", "isSample", "citySlug", "cityName", "citySortName", "countryCode", "countryName", "policyAreaSlug", "policyAreaName", focus,
        part, number, position, ${q ? sql`ts_rank_cd(search_vector, ${query(q)})` : sql`0`} as rank
      from (${BASE}) r where ${wordsSql(q)} and ${choiceSql(filters)}
      order by ${order(q, sql``)} limit ${RECOMMENDATIONS_PAGE_SIZE} offset ${(filters.page - 1) * RECOMMENDATIONS_PAGE_SIZE}
    ) r join findings f on f.id = r.id join cases k on k.id = f.case_id
    order by ${order(q, sql`r.`)}`;
}

/** Every recommendation of every published case, filtered and searched; with the filter options (and so the total). Two queries. */
export function listRecommendations(filters: RecommendationFilters): Promise<RecommendationList> {
  return cachedRead(["listRecommendations", JSON.stringify(filters)], async () => {
    const q = filters.q?.trim();
    const db = getDb();
    const [items, options] = await Promise.all([db.execute<Recommendation>(pageQuery(filters, q)), readOptions(filters)]);
    const grouped: RecommendationList["options"] = { city: [], country: [], policyArea: [] };
    for (const o of options) grouped[o.kind].push({ value: o.value, label: o.label, count: o.count });
    // Options are listed by name, the same whichever query counted them.
    for (const list of Object.values(grouped)) list.sort((a, b) => compareNames(a.label, b.label));
    // Each recommendation has one city, and the city options keep every filter but the city's: no count over the whole list in the page's query.
    const total = filters.city === undefined ? grouped.city.reduce((n, o) => n + o.count, 0) : (grouped.city.find((o) => o.value === filters.city)?.count ?? 0);
    return {
      total,
      page: filters.page,
      pageSize: RECOMMENDATIONS_PAGE_SIZE,
      items: [...items],
      options: grouped,
    };
  });
}

/** Whether any recommendation of a published case matches the filters and words: whether a search to offer would find anything. */
export function hasRecommendations(filters: RecommendationFilters): Promise<boolean> {
  return cachedRead(["hasRecommendations", JSON.stringify(filters)], async () => {
    const [row] = await getDb().execute<{ found: boolean }>(sql`select exists (select 1 from (${BASE}) r where ${wordsSql(filters.q?.trim())} and ${choiceSql(filters)}) as found`);
    return row!.found;
  });
}
