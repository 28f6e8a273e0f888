import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { ACTORS_PAGE_SIZE, type ActorFilters } from "@/lib/actors/actor-filters";
import { FACETS, type Facet, type StakeholderCategory } from "@/lib/case/schema";
import { compareNames } from "@/lib/slug";
import { namedByCase, organisationNameContains } from "./catalog";
import { getDb } from "./client";
import { cachedRead } from "./read-cache";
import { textArray } from "./text-array";
import { organisations } from "./schema";
import { alphabetically } from "./alphabetical";
import { nameSearchGroups, type NamePart } from "@/lib/search/name-search";

export type ActorAppearance = {
  caseSlug: string; isSample: boolean; citySlug: string; cityName: string; countryCode: string; countryName: string; policyAreaSlug: string; policyAreaName: string; /** Null when the case has none. */ focus: string | null;
  participant: string[]; stakeholder: Array<{ category: StakeholderCategory; name: string }>;
  inventory: Array<{ name: string; areaOfExpertise: string; targetGroup: string; facets: Facet[]; innovationNote: string | null; isResource: boolean }>;
};
/** `otherSpellings`: the names the published cases give it besides its own (the catalog's other spellings may come from drafts). */
export type ActorPage = { slug: string; name: string; otherSpellings: string[]; facets: Facet[]; appearances: ActorAppearance[] };

/** An organisation and every published case where it appears (participant, stakeholder, inventory); null when it appears in none. Two queries. */
export function getActor(slug: string): Promise<ActorPage | null> {
  return cachedRead(["getActor", slug], async () => {
    const db = getDb();
    const [organisation] = await db.select().from(organisations).where(eq(organisations.slug, slug));
    if (!organisation) return null;
    const rows = await db.execute<{ role: "participant" | "stakeholder" | "inventory"; detail: Record<string, unknown> } & Omit<ActorAppearance, "participant" | "stakeholder" | "inventory">>(sql`
      with roles as (
        select case_id, 'participant' as role, position, jsonb_build_object('name', name) as detail from participants where organisation_id = ${organisation.id}
        union all
        select case_id, 'stakeholder', position, jsonb_build_object('name', name, 'category', category) from stakeholders where organisation_id = ${organisation.id}
        union all
        select case_id, 'inventory', position, jsonb_build_object('name', actor_name, 'areaOfExpertise', area_of_expertise, 'targetGroup', target_group,
          'facets', to_jsonb(facets), 'innovationNote', innovation_note, 'isResource', is_resource) from inventory_rows where organisation_id = ${organisation.id}
      )
      select r.role, r.detail, k.slug as "caseSlug", k.is_sample as "isSample", c.slug as "citySlug", c.name as "cityName", c.country_code as "countryCode",
        c.country_name as "countryName", p.slug as "policyAreaSlug", p.name as "policyAreaName", nullif(k.focus, '') as focus
      from roles r join cases k on k.id = r.case_id join cities c on c.id = k.city_id join policy_areas p on p.id = k.policy_area_id
      where k.status = 'published' order by ${alphabetically(sql`c.name`)}, ${alphabetically(sql`p.name`)}, k.focus, r.role, r.position`);
    if (!rows.length) return null;
    const byCase = new Map<string, ActorAppearance>();
    for (const { role, detail, ...where } of rows) {
      const appearance = byCase.get(where.caseSlug) ?? { ...where, participant: [], stakeholder: [], inventory: [] };
      byCase.set(where.caseSlug, appearance);
      if (role === "participant") appearance.participant.push(detail.name as string);
      else if (role === "stakeholder") appearance.stakeholder.push(detail as ActorAppearance["stakeholder"][number]);
      else appearance.inventory.push(detail as ActorAppearance["inventory"][number]);
    }
    const appearances = [...byCase.values()];
    const given = new Set(appearances.flatMap((a) => a.inventory.flatMap((i) => i.facets)));
    // In OPSI's order, as the list of actors gives them.
    const facets = FACETS.filter((facet) => given.has(facet));
    return { slug: organisation.slug, name: organisation.name, otherSpellings: otherSpellings(organisation.name, appearances), facets, appearances };
  });
}

function otherSpellings(name: string, appearances: ActorAppearance[]): string[] {
  const names = appearances.flatMap((a) => [...a.participant, ...a.stakeholder.map((s) => s.name), ...a.inventory.map((i) => i.name)]);
  const own = name.toLocaleLowerCase("en");
  return [...new Set(names.map((n) => n.trim()))].filter((n) => n && n.toLocaleLowerCase("en") !== own).sort((a, b) => a.localeCompare(b, "en"));
}

/**
 * The organisation an organisation of this slug was merged into, while a published case names it: its old address
 * redirects there. One no published case names has no page to redirect to.
 */
export function getMergedActorSlug(slug: string): Promise<string | null> {
  return cachedRead(["getMergedActorSlug", slug], async () => {
    const [kept] = await getDb().execute<{ slug: string }>(sql`
      select o.slug from organisations o where o.merged_slugs @> ${textArray([slug])} and ${appearsInPublished()} limit 1`);
    return kept?.slug ?? null;
  });
}

export type ActorSummary = { slug: string; name: string; caseCount: number; /** By name. */ cities: City[]; facets: Facet[]; /** Only in made-up sample cases. */ isSample: boolean };
type City = { slug: string; name: string };
export type ActorList = { total: number; page: number; pageSize: number; actors: ActorSummary[] };

/**
 * An organisation that appears (participant, stakeholder or inventory actor) in a published case; with a facet or
 * a city, in an inventory of a published case that gives it that facet, of that city (both: in the same row).
 */
function appearsInPublished({ facet, city }: Pick<ActorFilters, "facet" | "city"> = {}): SQL {
  if (!facet && !city) return namedByCase(sql`k.status = 'published'`);
  const ofFacet = facet ? sql` and ${facet}::facet = any(r.facets)` : sql``;
  const ofCity = city ? sql` and k.city_id = (select id from cities where slug = ${city})` : sql``;
  return sql`exists (select 1 from inventory_rows r join cases k on k.id = r.case_id where r.organisation_id = o.id and k.status = 'published'${ofFacet}${ofCity})`;
}

/**
 * A name a published case gives the organisation (its page's "Also written as") holds the letters and digits of
 * `text`, as organisationNameContains compares them: "cultural affairs" finds the city whose department a case
 * names. Through the names' trigram indexes (migration 0020).
 */
function nameInPublishedCaseContains(text: string): SQL {
  const letters = sql`ekip_letters(${text})`;
  const given = (table: SQL, name: SQL) => sql`select r.organisation_id from ${table} r join cases k on k.id = r.case_id
    where k.status = 'published' and ${letters} <> '' and ekip_letters(${name}) like '%' || ${letters} || '%'`;
  return sql`o.id in (${given(sql`inventory_rows`, sql`r.actor_name`)} union all ${given(sql`participants`, sql`r.name`)} union all ${given(sql`stakeholders`, sql`r.name`)})`;
}

/**
 * The actors of the published cases by name (as matched: accents, case and words such as "the" aside, the order
 * of an index), a page at a time, with their cities, cases and OPSI facets; each word or phrase of `q` is a part
 * of the catalog's name or of a name a published case gives it (not of a spelling only drafts use), as
 * lib/search/name-search.ts reads them. Three queries.
 */
export function listActors(filters: ActorFilters): Promise<ActorList> {
  return cachedRead(["listActors", JSON.stringify(filters)], async () => {
    const db = getDb();
    const where = actorsWhere(filters);
    const [total, page] = await Promise.all([
      countActors(filters),
      db.execute<{ id: number; slug: string; name: string }>(sql`
        select o.id, o.slug, o.name from organisations o where ${where}
        order by o.match_key, o.slug limit ${ACTORS_PAGE_SIZE} offset ${(filters.page - 1) * ACTORS_PAGE_SIZE}`),
    ]);
    const details = new Map((await actorDetails(page.map((a) => a.id))).map((d) => [d.id, d]));
    const actors = page.map(({ id, slug, name }): ActorSummary => {
      const { caseCount = 0, cities = [], facets = [], isSample = false } = details.get(id) ?? {};
      return { slug, name, caseCount, cities: cities.toSorted((a, b) => compareNames(a.name, b.name) || a.slug.localeCompare(b.slug)), facets, isSample };
    });
    return { total, page: filters.page, pageSize: ACTORS_PAGE_SIZE, actors };
  });
}

function actorsWhere({ q, facet, city }: Omit<ActorFilters, "page">): SQL {
  const named = q ? nameSearchGroups(q).map((group) => sql` and (${sql.join(group.map(namePartMatches), sql` or `)})`) : [];
  return sql`${appearsInPublished({ facet, city })}${sql.join(named)}`;
}

/** A part of a name the catalog or a published case gives the organisation; or, left out, of none of them. */
function namePartMatches({ text, isLeftOut }: NamePart): SQL {
  // The catalog's other spellings may come from drafts: only the names published cases give are searched.
  const holds = sql`(${organisationNameContains(text, { otherSpellings: false })} or ${nameInPublishedCaseContains(text)})`;
  return isLeftOut ? sql`not ${holds}` : holds;
}

/**
 * How many actors match, whatever the page: kept apart from the pages, since counting reads every organisation
 * (0.2 s at 10,000 cases, bench/RESULTS.md) where a page reads a hundred.
 */
function countActors({ q, facet, city }: Omit<ActorFilters, "page">): Promise<number> {
  return cachedRead(["countActors", q ?? null, facet ?? null, city ?? null], async () => {
    const [counted] = await getDb().execute<{ total: number }>(sql`select count(*)::int as total from organisations o where ${actorsWhere({ q, facet, city })}`);
    return counted!.total;
  });
}

/** The cities whose published cases have an inventory, by name: those the list of actors can be narrowed to. */
export function listInventoryCities(): Promise<City[]> {
  return cachedRead(["listInventoryCities"], async () => {
    const rows = await getDb().execute<City>(sql`
      select c.slug, c.name from cities c where exists (
        select 1 from inventory_rows r join cases k on k.id = r.case_id where k.city_id = c.id and k.status = 'published')
      order by ${alphabetically(sql`c.name`)}, c.slug`);
    return [...rows];
  });
}

/** The address of every actor of the published cases, for the sitemap. */
export function listPublishedActorSlugs(): Promise<string[]> {
  return cachedRead(["listPublishedActorSlugs"], async () => {
    const rows = await getDb().execute<{ slug: string }>(sql`select o.slug from organisations o where ${appearsInPublished()} order by o.slug`);
    return rows.map((r) => r.slug);
  });
}

/** For each organisation of a page: its published cases, their cities, and the facets its inventory rows give it. */
async function actorDetails(ids: number[]) {
  if (!ids.length) return [];
  return getDb().execute<{ id: number; caseCount: number; cities: City[]; facets: Facet[]; isSample: boolean }>(sql`
    with roles as (
      select organisation_id, case_id, facets from inventory_rows where organisation_id in ${ids}
      union all select organisation_id, case_id, '{}' from participants where organisation_id in ${ids}
      union all select organisation_id, case_id, '{}' from stakeholders where organisation_id in ${ids}
    )
    select r.organisation_id as id, count(distinct k.id)::int as "caseCount", jsonb_agg(distinct jsonb_build_object('slug', ci.slug, 'name', ci.name)) as cities, bool_and(k.is_sample) as "isSample",
      coalesce(array_agg(distinct f order by f) filter (where f is not null), '{}')::text[] as facets
    from roles r join cases k on k.id = r.case_id and k.status = 'published' join cities ci on ci.id = k.city_id
      left join lateral unnest(r.facets) f on true
    group by r.organisation_id`);
}
