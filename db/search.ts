import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { FACET_LABELS, STAKEHOLDER_CATEGORY_LABELS, type Facet, type StakeholderCategory } from "@/lib/case/schema";
import { FILTER_NAMES, PAGE_SIZE, type CaseFilterName, type CaseFilters } from "@/lib/search/case-filters";
import { searchGroups, searchWords } from "@/lib/search/search-words";
import { abbreviationsIn, pluralForms, type AbbreviationInSearch } from "@/lib/search/abbreviations";
import { hasIzeWord, spellingVariants } from "@/lib/search/spelling-variants";
import { getDb } from "./client";
import { readPublishedCounts, type PublishedCount } from "./published-counts";
import { cachedRead } from "./read-cache";

/** Marks around the matched words of a snippet: plain text, so nothing in it is ever read as HTML. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;
/** What names a case is short: all of it, its lines kept, so that they can be told apart. */
const TITLE_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

export type CaseHit = {
  slug: string; title: string | null; isSample: boolean; citySlug: string; cityName: string; countryCode: string; countryName: string;
  policyAreaSlug: string; policyAreaName: string; /** Null when the case has none. */ focus: string | null; /** Of the workshop, when the case gives its date. */ year: number | null; updatedAt: string; snippet: string | null;
};
export type FacetValue = { value: string; label: string; count: number };
export type CaseSearch = { total: number; page: number; pageSize: number; hits: CaseHit[]; facets: Record<CaseFilterName, FacetValue[]> };

/**
 * The words as a text search query, -ize words spelt -ise as the search vectors spell them (migration 0018); a
 * word with another spelling to look for ("behaviour", "centre": lib/search/spelling-variants.ts) is looked for in
 * both, wherever it stands in the query (a phrase, a word left out): its lexeme is rewritten as either. So are an
 * abbreviation and the words it stands for (lib/search/abbreviations.ts). A query without such a word is the same
 * as before, and so are its ranks.
 */
export function query(q: string): SQL {
  const words = searchWords(q);
  const groups = searchGroups(words).map((group) => sql`websearch_to_tsquery('ekip', ekip_british_ize(${group}))`);
  const rewrites = [...spellingVariants(words).map(([word, other]) => eitherWord(word, other)), ...abbreviationsIn(words).flatMap(eitherMeaning)];
  return lookedForAlso(groups.length === 1 ? groups[0]! : sql`(${sql.join(groups, sql` && `)})`, rewrites);
}

/**
 * The query that marks the words of a snippet, which is the text as written: with an -ize word typed
 * ("organization"), also that word as typed, since a text that writes it holds its root's stem (organ); with a
 * final sigma typed ("δήμος"), also as typed, since the query reads it σ and the text as written has ς.
 */
export function markingQuery(q: string): SQL {
  const words = searchWords(q);
  return hasIzeWord(words) || words.includes("ς") ? sql`(${query(q)} || websearch_to_tsquery('ekip', ${words}))` : query(q);
}

/** What to look for instead of a part of a query: the part (its target) and what replaces it, which holds it. */
type Rewrite = [target: SQL, substitute: SQL];

function lookedForAlso(tsquery: SQL, rewrites: Rewrite[]): SQL {
  for (const [target, substitute] of rewrites) tsquery = sql`ts_rewrite(${tsquery}, ${target}, ${substitute})`;
  return tsquery;
}

function eitherWord(word: string, other: string): Rewrite {
  const lexeme = sql`plainto_tsquery('ekip', ${word})`;
  return [lexeme, sql`${lexeme} || plainto_tsquery('ekip', ${other})`];
}

/**
 * An abbreviation typed also finds its meaning as a phrase ("AI": artificial intelligence, those words together),
 * and its other form ("CCIs", whose s the stemmer keeps); the meaning also finds the abbreviation, whether its words
 * were typed as a phrase or as words that may stand apart (which ts_rewrite finds among the query's other words, in any order).
 */
function eitherMeaning({ abbreviation, meaning, typed }: AbbreviationInSearch): Rewrite[] {
  const forms = sql`(${sql.join(pluralForms(abbreviation).map((form) => sql`plainto_tsquery('ekip', ${form})`), sql` || `)})`;
  // The meaning as a text holds it ("medium-sized", one lexeme and its parts), and as a search reads it (searchWords:
  // the phrase "medium sized"; or typed without its hyphen), which is the tree ts_rewrite must find in the query.
  const written = sql`phraseto_tsquery('ekip', ${meaning})`;
  const typedMeanings = [...new Set([searchWords(meaning), meaning.replaceAll("-", " ")])].map((w) => sql`websearch_to_tsquery('ekip', ${w})`);
  const phrase = sql`websearch_to_tsquery('ekip', ${searchWords(`"${meaning}"`)})`;
  const abbreviated = typed.map((form): Rewrite => [sql`plainto_tsquery('ekip', ${form})`, sql`${forms} || ${written}`]);
  return [...typedMeanings.map((words): Rewrite => [words, sql`${words} || ${forms}`]), [phrase, sql`${phrase} || ${written} || ${forms}`], ...abbreviated];
}

/**
 * The words searched for, trimmed, when they leave nothing to search for (very common words such as "the",
 * and punctuation, are not in the search vectors): a search for them finds nothing, and says why.
 */
export async function unsearchableWords(q: string | undefined): Promise<string | undefined> {
  const words = q?.trim();
  if (!words) return undefined;
  const [row] = await getDb().execute<{ searchable: boolean }>(sql`select numnode(${query(words)}) > 0 as searchable`);
  return row!.searchable ? undefined : words;
}

/** What the facets filter and count on: city, country and policy area, year, OPSI facets and stakeholder categories; short values only. */
const FACET_COLUMNS = sql`ci.slug as city, ci.country_code as country, pa.slug as policy_area,
  extract(year from c.workshop_date)::int as year, c.facets, c.stakeholder_categories as stakeholders`;

/** A hit also shows the names. */
const HIT_COLUMNS = sql`${FACET_COLUMNS}, ci.name as city_name, ci.country_name, pa.name as policy_area_name`;

/**
 * One row per published case matching the words, with the values the facets filter on (the facets and
 * stakeholder categories are written with the case, so no row needs a look at its parts). Without words
 * FACET_COLUMNS are all in cases_published_facets_idx (and the small cities and policy_areas).
 */
function candidates(q: string | undefined, columns: SQL): SQL {
  return sql`
  select ${columns}
  from cases c join cities ci on ci.id = c.city_id join policy_areas pa on pa.id = c.policy_area_id
  where c.status = 'published'${q ? sql` and c.search_vector @@ ${query(q)}` : sql``}`;
}

function condition(name: CaseFilterName, value: string | number): SQL {
  switch (name) {
    case "city": return sql`city = ${value}`;
    case "country": return sql`country = ${value}`;
    case "policyArea": return sql`policy_area = ${value}`;
    case "year": return sql`year = ${value}`;
    case "facet": return sql`${value}::facet = any(facets)`;
    case "stakeholder": return sql`${value}::stakeholder_category = any(stakeholders)`;
  }
}

function where(filters: CaseFilters, except?: CaseFilterName): SQL {
  const parts = FILTER_NAMES.filter((n) => n !== except && filters[n] !== undefined).map((n) => condition(n, filters[n]!));
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

const FACET_VALUES: Record<CaseFilterName, SQL> = {
  city: sql`city`,
  country: sql`country`,
  policyArea: sql`policy_area`,
  year: sql`year`,
  facet: sql`unnest(facets)`,
  stakeholder: sql`unnest(stakeholders)`,
};

/** Counts for every facet value: the cases that would match if that value were chosen (the other filters kept). */
function facetCountsQuery(filters: CaseFilters): SQL {
  // A counted value belongs to a published case, so published_counts names it as it does with nothing
  // chosen (cities, countries, policy areas; the code names the rest: facetLabel).
  const parts = FILTER_NAMES.map((name) => sql`
    select ${name} as facet, v.value, l.label, v.count
    from (select value::text, count(*)::int as count
      from (select ${FACET_VALUES[name]} as value from matched where ${where(filters, name)}${name === "year" ? sql` and year is not null` : sql``}) m
      group by value) v
    left join published_counts l on l.facet = ${name} and l.value = v.value`);
  return sql.join(parts, sql` union all `);
}

/**
 * The counts' query. Without words each count reads the published cases with its own filters (an index-only
 * scan each: cheaper than keeping every case once for all six); with words, the cases matching are found once.
 */
function countsQuery(q: string | undefined, filters: CaseFilters): SQL {
  return sql`with matched as ${q ? sql`materialized` : sql`not materialized`} (${candidates(q, FACET_COLUMNS)}) ${facetCountsQuery(filters)}`;
}

/** Published cases matching the filters and the words of `q`, ranked, with snippets and facet counts (and so the total). Two queries. */
export function searchCases(filters: CaseFilters): Promise<CaseSearch> {
  return cachedRead(["searchCases", JSON.stringify(filters)], () => runSearch(filters));
}

async function runSearch(filters: CaseFilters): Promise<CaseSearch> {
  const q = filters.q?.trim();
  const offset = (filters.page - 1) * PAGE_SIZE;
  const order = sql`${q ? sql`rank desc,` : sql``} "updatedAt" desc, slug`;
  // The page first, then the snippets of its rows only: ts_headline reads the whole text of a case. The lines that
  // name a case are marked only for a row whose text has no word marked (snippetOf).
  const snippets = q
    ? sql`s.snippet, case when strpos(s.snippet, ${MARK_START}) = 0 then ts_headline('ekip', s.title, ${markingQuery(q)}, ${TITLE_HEADLINE}) end as "titleSnippet"`
    : sql`null as snippet, null as "titleSnippet"`;
  const snippetSource = q
    ? sql`left join lateral (select ts_headline('ekip', k.search_body, ${markingQuery(q)}, ${HEADLINE}) as snippet, k.search_title as title from cases k where k.id = page.id) s on true`
    : sql``;
  const hitsQuery = sql`
    select page.*, ${snippets}
    from (
      select id, slug, title, nullif(focus, '') as focus, is_sample as "isSample", city as "citySlug", city_name as "cityName", country as "countryCode", country_name as "countryName",
        policy_area as "policyAreaSlug", policy_area_name as "policyAreaName", year, updated_at as "updatedAt",
        ${q ? sql`ts_rank_cd(search_vector, ${query(q)})` : sql`0`} as rank
      from (${candidates(q, sql`c.id, c.slug, c.title, c.focus, c.is_sample, c.updated_at, c.search_vector, ${HIT_COLUMNS}`)}) matched where ${where(filters)}
      order by ${order} limit ${PAGE_SIZE} offset ${offset}
    ) page ${snippetSource} order by ${order}`;
  const db = getDb();
  const [hits, counts] = await Promise.all([
    db.execute<CaseHit & { id: number; rank: number; updatedAt: Date | string; titleSnippet: string | null }>(hitsQuery),
    isAll(filters) ? readPublishedCounts("cases") : db.execute<PublishedCount>(countsQuery(q, filters)),
  ]);
  const facets = Object.fromEntries(FILTER_NAMES.map((n) => [n, [] as FacetValue[]])) as CaseSearch["facets"];
  for (const row of counts) facets[row.facet].push({ value: row.value, label: row.label ?? facetLabel(row.facet, row.value), count: row.count });
  // Years read as a calendar, the newest first; other values the most frequent first.
  for (const [name, list] of Object.entries(facets)) list.sort(name === "year" ? byYear : byCount);
  return {
    total: totalOf(facets.city, filters.city),
    page: filters.page,
    pageSize: PAGE_SIZE,
    hits: hits.map(({ id: _id, rank: _rank, titleSnippet, ...hit }) => ({ ...hit, snippet: snippetOf(hit.snippet, titleSnippet), updatedAt: new Date(hit.updatedAt).toISOString() })),
    facets,
  };
}

/** Whether any published case matches the filters and words: whether a search to offer would find anything. */
export function hasCases(filters: CaseFilters): Promise<boolean> {
  return cachedRead(["hasCases", JSON.stringify(filters)], async () => {
    const [row] = await getDb().execute<{ found: boolean }>(sql`select exists (select 1 from (${candidates(filters.q?.trim(), FACET_COLUMNS)}) m where ${where(filters)}) as found`);
    return row!.found;
  });
}

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label);
const byYear = (a: FacetValue, b: FacetValue) => Number(b.value) - Number(a.value);

/**
 * The snippet that shows why a case matched: of its text, unless the words were found only in what names it
 * (city, country, policy area, title, focus, portfolio title), whose lines then make the snippet, the words marked.
 */
function snippetOf(body: string | null, title: string | null): string | null {
  return body?.includes(MARK_START) || !title?.includes(MARK_START) ? body : title.replaceAll("\n", " · ");
}

/**
 * How many cases match, from the city counts (each case has one city; those counts keep every filter
 * but the city's): counting in the page's own query would make it read every match, not one page.
 */
function totalOf(cityCounts: FacetValue[], city: string | undefined): number {
  return city === undefined ? cityCounts.reduce((n, v) => n + v.count, 0) : (cityCounts.find((v) => v.value === city)?.count ?? 0);
}

/** Nothing chosen and no words: every published case, whose counts are kept (published_counts). */
function isAll(filters: CaseFilters): boolean {
  return !filters.q?.trim() && FILTER_NAMES.every((n) => filters[n] === undefined);
}

function facetLabel(name: CaseFilterName, value: string): string {
  if (name === "facet") return FACET_LABELS[value as Facet] ?? value;
  if (name === "stakeholder") return STAKEHOLDER_CATEGORY_LABELS[value as StakeholderCategory] ?? value;
  return value;
}
