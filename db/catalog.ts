import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/auth/roles";
import type { CityChange, NewCity, NewPolicyArea, PolicyAreaChange } from "@/lib/catalog/schemas";
import { organisationKey } from "@/lib/importer/actors";
import { recordAudit } from "./audit";
import { getDb } from "./client";
import { bumpContentRevision } from "./content-revision";
import { cities, inventoryRows, organisations, participants, policyAreas, stakeholders } from "./schema";
import type { Transaction } from "./transaction";
import { alphabetically } from "./alphabetical";

/** A change refused for what was entered: shown at the form field it names. */
export class CatalogError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

type Change<T> = { subject: string; details?: Record<string, unknown>; result: T; /** Nothing written: nothing to audit or refresh. */ unchanged?: boolean };

/** Every write here: allowed to manage the catalog, one transaction, audited, and public pages refreshed. */
async function write<T>(by: Actor | null, action: AuditAction, change: (tx: Transaction) => Promise<Change<T>>): Promise<T> {
  assertCan(by, "catalog:manage");
  return getDb().transaction(async (tx) => {
    const { subject, details, result, unchanged } = await change(tx);
    if (unchanged) return result;
    await recordAudit(tx, { by, action, subject, details });
    await bumpContentRevision(tx);
    return result;
  });
}

export async function getCityRecord(by: Actor | null, slug: string) {
  assertCan(by, "catalog:manage");
  return (await getDb().query.cities.findFirst({ where: eq(cities.slug, slug) })) ?? null;
}

/** One country code, one country name: the facets and options count cities by code and show its name. */
async function assertCountryNameAgrees(tx: Transaction, city: CityChange) {
  const [other] = await tx.select({ countryName: cities.countryName }).from(cities)
    .where(and(eq(cities.countryCode, city.countryCode), ne(cities.slug, city.slug), ne(cities.countryName, city.countryName))).limit(1);
  if (other) throw new CatalogError("countryName", `Other cities name ${city.countryCode} ${other.countryName}: use that name`);
}

export function addCity(by: Actor | null, input: NewCity): Promise<string> {
  return write(by, "city.created", async (tx) => {
    await assertCountryNameAgrees(tx, input);
    const [row] = await tx.insert(cities).values(cityValues(input)).onConflictDoNothing({ target: cities.slug }).returning({ slug: cities.slug });
    if (!row) throw new CatalogError("slug", `A city with the slug ${input.slug} exists already`);
    return { subject: row.slug, details: { name: input.name }, result: row.slug };
  });
}

/** Saves a city's record; false when the form changed nothing (then nothing is written, or audited). */
export function updateCity(by: Actor | null, input: CityChange): Promise<boolean> {
  return write(by, "city.updated", async (tx) => {
    await assertCountryNameAgrees(tx, input);
    const [before] = await tx.select().from(cities).where(eq(cities.slug, input.slug)).for("update");
    if (!before) throw new CatalogError("name", "No such city");
    const { description, slug: _, ...fields } = cityValues(input);
    const details = { ...changedFields(before, fields), ...descriptionChange(description === before.description ? undefined : description) };
    if (!Object.keys(details).length) return { subject: input.slug, result: false, unchanged: true };
    await tx.update(cities).set({ ...cityValues(input), updatedAt: new Date() }).where(eq(cities.slug, input.slug));
    return { subject: input.slug, details, result: true };
  });
}

/** A city's values to write; its description only when the form changed it (undefined: left as it is). */
const cityValues = (c: CityChange) => ({
  slug: c.slug, name: c.name, countryCode: c.countryCode, countryName: c.countryName, population: c.population, website: c.website,
  ...(c.description === undefined ? {} : { description: c.description }),
});

/** The fields a change changed, each as "before → after", for the audit log: not every field of the form. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, string> {
  const shown = (value: unknown) => (value === null || value === "" ? "none" : String(value));
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key] !== value).map(([key, value]) => [key, `${shown(before[key])} → ${shown(value)}`]));
}

/** What the audit log says of a description: that it changed, not its text (up to 100,000 characters). */
const descriptionChange = (description: string | undefined) => (description === undefined ? {} : { description: description ? "changed" : "emptied" });

async function assertPolicyAreaNameFree(tx: Transaction, name: string, slug?: string) {
  const [taken] = await tx.select({ name: policyAreas.name }).from(policyAreas)
    .where(and(sql`lower(${policyAreas.name}) = lower(${name})`, slug ? ne(policyAreas.slug, slug) : undefined));
  if (taken) throw new CatalogError("name", `A policy area is called ${taken.name} already`);
}

export function addPolicyArea(by: Actor | null, input: NewPolicyArea): Promise<string> {
  return write(by, "policy_area.created", async (tx) => {
    await assertPolicyAreaNameFree(tx, input.name);
    const [row] = await tx.insert(policyAreas).values(input).onConflictDoNothing({ target: policyAreas.slug }).returning({ slug: policyAreas.slug });
    if (!row) throw new CatalogError("slug", `A policy area with the slug ${input.slug} exists already`);
    return { subject: row.slug, details: { name: input.name }, result: row.slug };
  });
}

export async function getPolicyAreaRecord(by: Actor | null, slug: string) {
  assertCan(by, "catalog:manage");
  return (await getDb().query.policyAreas.findFirst({ where: eq(policyAreas.slug, slug) })) ?? null;
}

/** A policy area's name and description, as its public page shows them. */
/** Saves a policy area's name and description; false when the form changed nothing (then nothing is written, or audited). */
export function updatePolicyArea(by: Actor | null, { slug, name, description }: PolicyAreaChange): Promise<boolean> {
  return write(by, "policy_area.updated", async (tx) => {
    await assertPolicyAreaNameFree(tx, name, slug);
    const [before] = await tx.select({ name: policyAreas.name, description: policyAreas.description }).from(policyAreas).where(eq(policyAreas.slug, slug)).for("update");
    if (!before) throw new CatalogError("name", "No such policy area");
    const changedDescription = description === before.description ? undefined : description;
    if (before.name === name && changedDescription === undefined) return { subject: slug, result: false, unchanged: true };
    await tx.update(policyAreas).set({ name, ...(changedDescription === undefined ? {} : { description: changedDescription }), updatedAt: new Date() }).where(eq(policyAreas.slug, slug));
    return { subject: slug, details: { ...(before.name === name ? { name } : { from: before.name, to: name }), ...descriptionChange(changedDescription) }, result: true };
  });
}

export function renamePolicyArea(by: Actor | null, slug: string, name: string): Promise<void> {
  return write(by, "policy_area.renamed", async (tx) => {
    await assertPolicyAreaNameFree(tx, name, slug);
    const [before] = await tx.select({ name: policyAreas.name }).from(policyAreas).where(eq(policyAreas.slug, slug)).for("update");
    if (!before) throw new CatalogError("name", "No such policy area");
    if (before.name === name) throw new CatalogError("name", `${name} is its name already: nothing was changed`);
    await tx.update(policyAreas).set({ name, updatedAt: new Date() }).where(eq(policyAreas.slug, slug));
    return { subject: slug, details: { from: before.name, to: name }, result: undefined };
  });
}

export type OrganisationSummary = { slug: string; name: string; aliases: string[]; caseCount: number };
export type OrganisationPage = { total: number; page: number; pageSize: number; organisations: OrganisationSummary[] };
export const ORGANISATIONS_PAGE_SIZE = 100;

/** A `like` pattern for text that contains `text`, its own % and _ taken literally. */
export const containing = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The organisation's name, or another spelling of it, contains `text`: accents and case aside, and also when only
 * their letters and digits are compared ("saint etienne" finds "Saint-Etienne", "usein" "USE'IN"). The other
 * spellings are for staff: drafts record them too, so readers' searches leave them out (`otherSpellings: false`).
 */
export function organisationNameContains(text: string, { otherSpellings = true } = {}): SQL {
  const pattern = containing(text);
  const letters = sql`ekip_letters(${text})`;
  const inOtherSpellings = otherSpellings ? sql` or exists (select 1 from unnest(aliases) a where unaccent(a) ilike unaccent(${pattern}))` : sql``;
  // name_letters holds the other spellings' letters too: its index finds the candidates, the name alone decides.
  const inName = otherSpellings ? sql`` : sql` and ekip_letters(name) like '%' || ${letters} || '%'`;
  return sql`(unaccent(name) ilike unaccent(${pattern})${inOtherSpellings}
    or (${letters} <> '' and name_letters like '%' || ${letters} || '%'${inName}))`;
}

/**
 * One page of the organisations whose name or another spelling contains `q` (organisationNameContains), by name,
 * with how many cases link to each (counted for the page's rows only) and how many were found in all.
 */
export async function listOrganisations(by: Actor | null, { q = "", page = 1 }: { q?: string; page?: number } = {}): Promise<OrganisationPage> {
  assertCan(by, "catalog:manage");
  const rows = await getDb().execute<OrganisationSummary & { total: number }>(sql`
    select o.slug, o.name, o.aliases, o.total,
      (select count(*)::int from (
        select case_id from inventory_rows where organisation_id = o.id union
        select case_id from participants where organisation_id = o.id union
        select case_id from stakeholders where organisation_id = o.id) linked) as "caseCount"
    from (
      select id, slug, name, aliases, count(*) over ()::int as total from organisations
      where ${organisationNameContains(q)}
      order by ${alphabetically(sql`name`)}, slug limit ${ORGANISATIONS_PAGE_SIZE} offset ${(page - 1) * ORGANISATIONS_PAGE_SIZE}
    ) o
    order by ${alphabetically(sql`o.name`)}, o.slug`);
  const total = rows[0]?.total ?? (page > 1 ? await countOrganisations(q) : 0);
  return { total, page, pageSize: ORGANISATIONS_PAGE_SIZE, organisations: rows.map(({ total: _total, ...o }) => o) };
}

/** How many organisations match, for a page past the last one (which has no row to carry the count). */
async function countOrganisations(q: string): Promise<number> {
  const [row] = await getDb().execute<{ total: number }>(sql`
    select count(*)::int as total from organisations
    where ${organisationNameContains(q)}`);
  return row?.total ?? 0;
}

export async function renameOrganisation(by: Actor | null, slug: string, name: string): Promise<void> {
  return write(by, "organisation.renamed", async (tx) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.slug, slug)).for("update");
    if (!before) throw new CatalogError("name", "No such organisation");
    if (before.name === name) throw new CatalogError("name", `${name} is its name already: nothing was changed`);
    const matchKey = organisationKey(name);
    const [same] = matchKey ? await tx.select({ name: organisations.name }).from(organisations).where(and(eq(organisations.matchKey, matchKey), ne(organisations.id, before.id))) : [];
    if (same) throw new CatalogError("name", `${same.name} has this name already: merge the two instead`);
    // The old name stays a known spelling, so that the importer still finds this organisation by it.
    const aliases = unique([...before.aliases, before.name]).filter((a) => a !== name);
    await tx.update(organisations).set({ name, matchKey, aliases, updatedAt: new Date() }).where(eq(organisations.id, before.id));
    return { subject: slug, details: { from: before.name, to: name }, result: undefined };
  });
}

/**
 * Forgets another spelling of an organisation (a mistyped rename, say); its name. One that a case's inventory
 * uses is kept: an import of that case's document finds the organisation by it (db/organisations.ts).
 */
export async function forgetOrganisationSpelling(by: Actor | null, slug: string, spelling: string): Promise<string> {
  return write(by, "organisation.spelling_forgotten", async (tx) => {
    const [before] = await tx.select({ id: organisations.id, name: organisations.name, aliases: organisations.aliases }).from(organisations)
      .where(eq(organisations.slug, slug)).for("update");
    if (!before) throw new CatalogError("spelling", "No such organisation: it may have been merged into another");
    if (!before.aliases.includes(spelling)) throw new CatalogError("spelling", `${before.name} has no other spelling “${spelling}”: it may have been forgotten already`);
    const [used] = await tx.select({ caseId: inventoryRows.caseId }).from(inventoryRows)
      .where(and(eq(inventoryRows.organisationId, before.id), eq(inventoryRows.actorName, spelling))).limit(1);
    if (used) throw new CatalogError("spelling", `A case's inventory names ${before.name} “${spelling}”: that spelling is kept, so that the case's document finds the organisation when it is imported again`);
    await tx.update(organisations).set({ aliases: before.aliases.filter((a) => a !== spelling), updatedAt: new Date() }).where(eq(organisations.id, before.id));
    return { subject: slug, details: { spelling }, result: before.name };
  });
}

export type MergeResult = { kept: { slug: string; name: string }; merged: { slug: string; name: string }; inventoryRows: number; participants: number; stakeholders: number };

/**
 * Merges one organisation into another: every inventory row, participant and stakeholder that named
 * it names the kept one, its names become the kept one's other spellings and its slug (with those
 * merged into it before) redirects there; then it is deleted.
 */
export async function mergeOrganisations(by: Actor | null, { keep, merge }: { keep: string; merge: string }): Promise<MergeResult> {
  assertCan(by, "catalog:manage");
  if (keep === merge) throw new CatalogError("merge", "An organisation cannot be merged into itself: choose two different organisations");
  return write(by, "organisation.merged", async (tx) => {
    const rows = await tx.select().from(organisations).where(inArray(organisations.slug, [keep, merge])).orderBy(organisations.id).for("update");
    const kept = rows.find((o) => o.slug === keep);
    const merged = rows.find((o) => o.slug === merge);
    if (!kept) throw new CatalogError("keep", "No such organisation: it may have been merged already");
    if (!merged) throw new CatalogError("merge", "No such organisation: it may have been merged already");
    // Its address redirects only if it had a public page: one named only by drafts stays unknown to readers.
    const wasPublic = await appearsInPublishedCase(tx, merged.id);
    const moved: number[] = [];
    for (const t of [inventoryRows, participants, stakeholders]) {
      moved.push((await tx.update(t).set({ organisationId: kept.id }).where(eq(t.organisationId, merged.id)).returning({ id: t.id })).length);
    }
    await tx.delete(organisations).where(eq(organisations.id, merged.id));
    await tx.update(organisations).set({
      aliases: unique([...kept.aliases, merged.name, ...merged.aliases]).filter((a) => a !== kept.name),
      mergedSlugs: unique([...kept.mergedSlugs, ...(wasPublic ? [merged.slug] : []), ...merged.mergedSlugs]),
      isSample: kept.isSample && merged.isSample,
      updatedAt: new Date(),
    }).where(eq(organisations.id, kept.id));
    const result = {
      kept: { slug: kept.slug, name: kept.name }, merged: { slug: merged.slug, name: merged.name },
      inventoryRows: moved[0]!, participants: moved[1]!, stakeholders: moved[2]!,
    };
    return { subject: kept.slug, details: result, result };
  });
}

const unique = (values: string[]) => [...new Set(values)];

/** An organisation `o` that a case `k` meeting `condition` names, as inventory actor, participant or stakeholder. */
export function namedByCase(condition: SQL): SQL {
  const named = (table: SQL) => sql`exists (select 1 from ${table} r join cases k on k.id = r.case_id where r.organisation_id = o.id and ${condition})`;
  return sql`(${named(sql`inventory_rows`)} or ${named(sql`participants`)} or ${named(sql`stakeholders`)})`;
}

async function appearsInPublishedCase(tx: Transaction, organisationId: number): Promise<boolean> {
  const [row] = await tx.execute<{ found: boolean }>(sql`
    select exists (select 1 from organisations o where o.id = ${organisationId} and ${namedByCase(sql`k.status = 'published'`)}) as found`);
  return row!.found;
}
