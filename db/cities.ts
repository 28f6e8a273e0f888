import "server-only";
import { eq, sql } from "drizzle-orm";
import { FACETS, type CaseDocument, type Facet } from "@/lib/case/schema";
import { recordAudit, type AuditEntry } from "./audit";
import { getDb } from "./client";
import { cachedRead } from "./read-cache";
import { cities, policyAreas } from "./schema";
import type { Transaction } from "./transaction";
import { alphabetically } from "./alphabetical";

/** The ekip partner cities: records with no cases yet until their cases arrive. */
export const PARTNER_CITIES = [
  { slug: "rotterdam", name: "Rotterdam", countryCode: "NL", countryName: "Netherlands" },
  { slug: "kosice", name: "Košice", countryCode: "SK", countryName: "Slovakia" },
  { slug: "bratislava", name: "Bratislava", countryCode: "SK", countryName: "Slovakia" },
  { slug: "lund", name: "Lund", countryCode: "SE", countryName: "Sweden" },
  { slug: "saint-etienne", name: "Saint-Etienne", countryCode: "FR", countryName: "France" },
] as const;

export async function ensurePartnerCities(tx: Transaction): Promise<void> {
  await tx.insert(cities).values([...PARTNER_CITIES]).onConflictDoNothing({ target: cities.slug });
}

/** A catalog row a case wrote through: its id, and whether the write created or changed it (public content). */
export type UpsertedRow = {
  id: number; changed: boolean; /** New: the case's document named it first. */ created?: boolean;
  /** What the case's document filled in the record it found (its gaps): for the audit log. */ filled?: Record<string, unknown>;
};

/** One country code, one country name (as the catalog forms require): a new city takes the name other cities give its code. */
async function countryNameOf(tx: Transaction, country: { code: string; name: string }): Promise<string> {
  const [known] = await tx.select({ name: cities.countryName }).from(cities).where(eq(cities.countryCode, country.code)).orderBy(cities.id).limit(1);
  return known?.name ?? country.name;
}

/** A description is a gap while null: one that staff emptied ("") stays empty. */
type CityGaps = { population: number | null; website: string | null; description: string | null; isSample: boolean };
type PolicyAreaGaps = { description: string | null; isSample: boolean };

/**
 * What a case's document fills in its city's record: only what the record lacks. Its text, and the end of a
 * sample city's label when a real case is in it, wait until the case is public: a draft changes no public page.
 */
function cityFill(city: CityGaps, c: CaseDocument, isPublic: boolean): Partial<CityGaps> {
  return {
    ...(city.population === null && c.city.population != null ? { population: c.city.population } : {}),
    ...(city.website === null && c.city.website != null ? { website: c.city.website } : {}),
    ...(isPublic && city.description === null && c.cityIntro !== "" && (city.isSample || !c.sample) ? { description: c.cityIntro } : {}),
    ...(isPublic && city.isSample && !c.sample ? { isSample: false } : {}),
  };
}

function policyAreaFill(area: PolicyAreaGaps, c: CaseDocument, isPublic: boolean): Partial<PolicyAreaGaps> {
  return {
    ...(isPublic && area.description === null && c.policyAreaIntro !== "" && (area.isSample || !c.sample) ? { description: c.policyAreaIntro } : {}),
    ...(isPublic && area.isSample && !c.sample ? { isSample: false } : {}),
  };
}

// `lock`, by a write that may fill the description (a public case's): locked until it commits, so that a case taken back
// at the same time (takeBackCatalogText) waits, or is waited for. A draft's save fills no text and locks nothing.
const cityRecord = (tx: Transaction, slug: string, lock = false) => {
  const query = tx.select({ id: cities.id, population: cities.population, website: cities.website, description: cities.description, isSample: cities.isSample })
    .from(cities).where(eq(cities.slug, slug));
  return (lock ? query.for("update") : query).then(([row]) => row);
};
const policyAreaRecord = (tx: Transaction, slug: string, lock = false) => {
  const query = tx.select({ id: policyAreas.id, description: policyAreas.description, isSample: policyAreas.isSample }).from(policyAreas).where(eq(policyAreas.slug, slug));
  return (lock ? query.for("update") : query).then(([row]) => row);
};

/**
 * A catalog record a case writes through: found and its gaps filled, or created. Looked up first: a save
 * of a case whose city exists (nearly every one) reads it once. `create` gives nothing when another writer
 * created it meanwhile; it is found again then.
 */
async function writeThrough<R extends { id: number }, F extends Record<string, unknown>>(
  find: () => Promise<R | undefined>, create: () => Promise<{ id: number } | undefined>, gaps: (record: R) => F, fill: (id: number, values: F) => Promise<unknown>,
): Promise<UpsertedRow> {
  let record = await find();
  if (!record) {
    const created = await create();
    if (created) return { id: created.id, changed: true, created: true };
    record = (await find())!;
  }
  const values = gaps(record);
  const changed = Object.keys(values).length > 0;
  if (changed) await fill(record.id, values);
  return { id: record.id, changed, ...(changed ? { filled: values } : {}) };
}

/** Whether the case written is or becomes published: only then does its text fill its city's and policy area's. */
type Publicity = { isPublic: boolean };

/** The city of an imported case: created when new; what the city record lacks is filled from the document. */
export function upsertCaseCity(tx: Transaction, c: CaseDocument, { isPublic }: Publicity): Promise<UpsertedRow> {
  const { city } = c;
  return writeThrough(
    () => cityRecord(tx, city.slug, isPublic),
    async () => (await tx.insert(cities).values({
      slug: city.slug, name: city.name, countryCode: city.country.code, countryName: await countryNameOf(tx, city.country),
      population: city.population, website: city.website, description: isPublic && c.cityIntro !== "" ? c.cityIntro : null, isSample: c.sample,
    }).onConflictDoNothing({ target: cities.slug }).returning({ id: cities.id }))[0],
    (record) => cityFill(record, c, isPublic),
    (id, values) => tx.update(cities).set(values).where(eq(cities.id, id)),
  );
}

export function upsertCasePolicyArea(tx: Transaction, c: CaseDocument, { isPublic }: Publicity): Promise<UpsertedRow> {
  const { policyArea } = c;
  return writeThrough(
    () => policyAreaRecord(tx, policyArea.slug, isPublic),
    async () => (await tx.insert(policyAreas).values({ slug: policyArea.slug, name: policyArea.name, description: isPublic && c.policyAreaIntro !== "" ? c.policyAreaIntro : null, isSample: c.sample })
      .onConflictDoNothing({ target: policyAreas.slug }).returning({ id: policyAreas.id }))[0],
    (record) => policyAreaFill(record, c, isPublic),
    (id, values) => tx.update(policyAreas).set(values).where(eq(policyAreas.id, id)),
  );
}

/** Whether writing the case would create or fill its city or policy area (as the two upserts above do). */
export async function catalogWouldChange(tx: Transaction, c: CaseDocument, { isPublic }: Publicity): Promise<boolean> {
  const [city, area] = [await cityRecord(tx, c.city.slug), await policyAreaRecord(tx, c.policyArea.slug)];
  return !city || !area || Object.keys({ ...cityFill(city, c, isPublic), ...policyAreaFill(area, c, isPublic) }).length > 0;
}

/**
 * A case taken back from the public takes back the text it gave its city and policy area (decision 0014): a
 * description that is still one of its versions' "About the city" ("About the policy area") word for word becomes
 * that of the first published of the cases still published, or a gap again. A description staff wrote, or emptied,
 * stays. Made-up text never takes a real city's or policy area's place (cityFill). The rows are locked first, as a
 * fill locks them: a case published or taken back at the same time waits, then reads what this one wrote.
 */
export async function takeBackCatalogText(tx: Transaction, caseId: number, by?: AuditEntry["by"]): Promise<void> {
  for (const place of [CITY_TEXT, POLICY_AREA_TEXT]) {
    const [table, key, intro] = [sql.raw(place.table), sql.raw(place.key), sql.raw(place.intro)];
    // Locked in a statement of its own: the update after it then reads what a transaction it waited for wrote.
    await tx.execute(sql`select 1 from ${table} p join cases k on k.${key} = p.id where k.id = ${caseId} for update of p`);
    const changed = await tx.execute<{ slug: string; case: string; emptied: boolean }>(sql`
      update ${table} p set description = (
        select o.${intro} from cases o where o.${key} = p.id and o.status = 'published' and o.id <> k.id and o.${intro} <> '' and (p.is_sample or not o.is_sample)
        order by o.published_at, o.id limit 1)
      from cases k where k.id = ${caseId} and p.id = k.${key} and p.description <> ''
        and p.description in (select ${intro} from cases where id = ${caseId} union select document->>${place.field} from case_revisions where case_id = ${caseId})
      returning p.slug, k.slug as case, p.description is null as emptied`);
    // In the audit log as the fill was (case-writes.ts): a change of the city's or policy area's record, with the case
    // (without `by`, nobody is told: the samples' removal, which deletes their records next).
    if (by === undefined) continue;
    for (const row of changed) {
      const description = row.emptied ? "taken back with the case" : "that of another published case";
      await recordAudit(tx, { by, action: place.action, subject: row.slug, details: { description, case: row.case } });
    }
  }
}

/** Where a case's text about its city, and about its policy area, is kept and given: table, the case's key to it, column, field of a revision. */
const CITY_TEXT = { table: "cities", key: "city_id", intro: "city_intro", field: "cityIntro", action: "city.updated" } as const;
const POLICY_AREA_TEXT = { table: "policy_areas", key: "policy_area_id", intro: "policy_area_intro", field: "policyAreaIntro", action: "policy_area.updated" } as const;

export type CitySummary = {
  slug: string; name: string; countryCode: string; countryName: string; population: number | null; caseCount: number;
  /** A fictional city of the sample content. */
  isSample: boolean;
};

/** Every city, with how many published cases it has. */
export function listCities(): Promise<CitySummary[]> {
  return cachedRead(["listCities"], async () => {
    const rows = await getDb().execute<CitySummary>(sql`
      select c.slug, c.name, c.country_code as "countryCode", c.country_name as "countryName", c.population, c.is_sample as "isSample",
        (select count(*)::int from cases k where k.city_id = c.id and k.status = 'published') as "caseCount"
      from cities c order by ${alphabetically(sql`c.name`)}, c.slug`);
    return [...rows];
  });
}

export type CityPage = CitySummary & {
  description: string;
  website: string | null;
  cases: Array<{ slug: string; title: string | null; isSample: boolean; policyAreaSlug: string; policyAreaName: string; focus: string | null; updatedAt: string }>;
  /** How many of the actors in its published cases' inventories have each OPSI facet (in any of them): each actor once a facet. */
  facetProfile: Record<Facet, number>;
  actorCount: number;
};

/** A city with its published cases and the OPSI facet profile of all their inventories; null when unknown. Two queries. */
export function getCity(slug: string): Promise<CityPage | null> {
  return cachedRead(["getCity", slug], async () => {
    const db = getDb();
    const [city] = await db.select().from(cities).where(eq(cities.slug, slug));
    if (!city) return null;
    const rows = await db.execute<{ kind: string; slug: string | null; title: string | null; is_sample: boolean | null; pa_slug: string | null; pa_name: string | null; focus: string | null; updated_at: string | null; facet: string | null; n: number }>(sql`
      select 'case' as kind, k.slug, k.title, k.is_sample, pa.slug as pa_slug, pa.name as pa_name, nullif(k.focus, '') as focus, k.updated_at, null as facet, 0 as n
      from cases k join policy_areas pa on pa.id = k.policy_area_id where k.city_id = ${city.id} and k.status = 'published'
      union all
      select 'facet', null, null, null, null, null, null, null, f::text, count(distinct r.organisation_id)::int
      from cases k join inventory_rows r on r.case_id = k.id, unnest(r.facets) f
      where k.city_id = ${city.id} and k.status = 'published' group by f
      union all
      select 'actors', null, null, null, null, null, null, null, null, count(distinct r.organisation_id)::int
      from cases k join inventory_rows r on r.case_id = k.id where k.city_id = ${city.id} and k.status = 'published'`);
    const facetProfile = Object.fromEntries(FACETS.map((f) => [f, 0])) as Record<Facet, number>;
    for (const r of rows) if (r.kind === "facet") facetProfile[r.facet as Facet] = r.n;
    const cases = rows.filter((r) => r.kind === "case").map((r) => ({
      slug: r.slug!, title: r.title, isSample: !!r.is_sample, policyAreaSlug: r.pa_slug!, policyAreaName: r.pa_name!, focus: r.focus, updatedAt: new Date(r.updated_at!).toISOString(),
    }));
    // Newest first, as every list of cases.
    cases.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.slug.localeCompare(b.slug));
    return {
      slug: city.slug, name: city.name, countryCode: city.countryCode, countryName: city.countryName, population: city.population, isSample: city.isSample,
      description: city.description ?? "", website: city.website, caseCount: cases.length, cases, facetProfile,
      actorCount: rows.find((r) => r.kind === "actors")?.n ?? 0,
    };
  });
}
