import "server-only";
import { and, arrayOverlaps, eq, inArray, like, or, sql, type SQL } from "drizzle-orm";
import { assertCan, can, ForbiddenError, type Actor } from "@/lib/auth/roles";
import { slugSchema, type CaseDocument } from "@/lib/case/schema";
import type { CaseDraft } from "@/lib/editor/draft-form";
import { organisationKey } from "@/lib/importer/actors";
import { slugify } from "@/lib/slug";
import type { KnownPlaces } from "@/lib/quality/types";
import { findCaseRow, toCaseDocument } from "./case-document";
import { containing, namedByCase, organisationNameContains } from "./catalog";
import { getDb } from "./client";
import { caseRevisions, cases, cities, organisations, policyAreas } from "./schema";
import { listStatusChanges, type StatusChange } from "./status-changes";
import { alphabetically } from "./alphabetical";
import { textArray } from "./text-array";

export type EditableCase = { id: number; version: number; status: NonNullable<CaseDocument["status"]>; cityId: number; document: CaseDocument;
  /** The latest change of its status, with the note left (none for a case never moved). */
  lastStatusChange?: StatusChange;
  /** The addresses it had while public, which lead to its own (db/case-address.ts); whether readers could ever read it. */
  formerSlugs: string[]; wasPublic: boolean;
};

/** A case, whole, for the person editing it (any status); null when there is no such case. */
export async function getCaseForEditing(by: Actor | null, id: number): Promise<EditableCase | null> {
  const row = await findCaseRow(getDb(), eq(cases.id, id));
  if (!row) return null;
  assertCan(by, "cases:edit", row.cityId);
  const [lastStatusChange] = await listStatusChanges(row.id, 1);
  return { id: row.id, version: row.version, status: row.status, cityId: row.cityId, document: toCaseDocument(row), lastStatusChange, formerSlugs: row.formerSlugs, wasPublic: row.publishedAt !== null };
}

export type Choice = { slug: string; name: string };
export type EditorChoices = {
  cities: Array<Choice & { id: number }>; policyAreas: Choice[]; known: KnownPlaces;
  /** May add a city or policy area a document names. */ mayAddPlaces: boolean;
  /** May write the editors' note (ekip staff): a city editor reads it. */ mayWriteEditorsNote: boolean;
};

/**
 * What the editor offers to pick from: cities and policy areas. Organisations are too many for that (35,000 at
 * 10,000 cases): the editor asks for them as the person types (suggestOrganisations). Given the person, only the
 * cities they may write cases of (a city editor's own); the checks still know every city.
 */
export async function listEditorChoices(by?: Actor): Promise<EditorChoices> {
  const db = getDb();
  const [cityRows, areaRows] = await Promise.all([
    db.select({ id: cities.id, slug: cities.slug, name: cities.name }).from(cities).orderBy(alphabetically(cities.name), cities.slug),
    db.select({ slug: policyAreas.slug, name: policyAreas.name }).from(policyAreas).orderBy(alphabetically(policyAreas.name), policyAreas.slug),
  ]);
  const usable = by ? cityRows.filter((c) => can(by, "cases:create", c.id)) : cityRows;
  return { cities: usable, policyAreas: areaRows, mayAddPlaces: !by || can(by, "catalog:manage"), mayWriteEditorsNote: !by || can(by, "cases:note"), known: { cities: cityRows.map((c) => c.name), policyAreas: areaRows.map((p) => p.name) } };
}

export const ORGANISATION_SUGGESTIONS = 20;

/**
 * Organisations whose name, or another spelling of it, contains `text` (accents and case ignored): those that start
 * with it first, then by name. For anyone who edits cases, which is everyone signed in.
 */
export async function suggestOrganisations(by: Actor | null, text: string): Promise<Choice[]> {
  if (!by) throw new ForbiddenError();
  const pattern = containing(text);
  const rows = await getDb().execute<Choice>(sql`
    select slug, name from organisations o where ${organisationNameContains(text)}${visibleOrganisations(by)}
    order by unaccent(name) ilike unaccent(${pattern.slice(1)}) desc, ${alphabetically(sql`name`)}, slug
    limit ${ORGANISATION_SUGGESTIONS}`);
  return [...rows];
}

/** A city editor sees other cities' cases only once published: so too the organisations only those drafts name (`o`). */
function visibleOrganisations(by: Actor | null | undefined): SQL {
  if (by?.role !== "city_editor") return sql``;
  const own = sql.join((by.cityIds.length ? by.cityIds : [-1]).map((id) => sql`${id}`), sql`, `);
  return sql` and ${namedByCase(sql`(k.status = 'published' or k.city_id in (${own}))`)}`;
}

/** A posted value no slug can be is not sent to the database (a huge one would only burden it): it finds nothing. */
const lookable = (slug: string) => (slugSchema.safeParse(slug).success ? slug : "");

/** The stored city and policy area a draft names by slug, or null for one that does not exist. */
export async function findCaseCatalog(draft: Pick<CaseDraft, "city" | "policyArea">) {
  const db = getDb();
  const [[city], [policyArea]] = await Promise.all([
    db.select().from(cities).where(eq(cities.slug, lookable(draft.city.slug))),
    db.select().from(policyAreas).where(eq(policyAreas.slug, lookable(draft.policyArea.slug))),
  ]);
  return {
    city: city ? { slug: city.slug, name: city.name, country: { code: city.countryCode, name: city.countryName }, population: city.population, website: city.website } : null,
    policyArea: policyArea ? { slug: policyArea.slug, name: policyArea.name } : null,
  };
}

/**
 * Gives every inventory actor typed in the editor its organisation: the one whose name matches (by the
 * importer's match key or a known alias), else a new one with a free slug. Also returns, for each new
 * name, the most similar existing organisation `by` may see: a likely duplicate worth a second look.
 */
export async function resolveInventoryActors(draft: CaseDraft, by?: Actor | null): Promise<{ draft: CaseDraft; similar: Map<string, string> }> {
  const names = [...new Set(draft.inventory.filter((r) => !r.actor.slug && r.actor.name.trim()).map((r) => r.actor.name.trim()))];
  if (!names.length) return { draft, similar: new Map() };
  const db = getDb();
  const keys = names.map(organisationKey);
  const bases = names.map(slugBase);
  // Also every numbered slug made from the same base ("nova-2"), so a new slug never lands on an existing organisation.
  const known = await db.select({ slug: organisations.slug, name: organisations.name, matchKey: organisations.matchKey, aliases: organisations.aliases })
    .from(organisations)
    .where(or(
      inArray(organisations.matchKey, keys), arrayOverlaps(organisations.aliases, names), inArray(organisations.slug, bases),
      ...bases.map((base) => like(organisations.slug, `${base}-%`)),
    ));
  const similarRows = await db.execute<{ input: string; name: string }>(sql`
    select n.input, o.name from unnest(${textArray(names)}) as n(input)
    cross join lateral (select name from organisations o where similarity(name, n.input) > 0.4${visibleOrganisations(by)} order by similarity(name, n.input) desc limit 1) o`);
  const slugOf = new Map<string, string>();
  const similar = new Map<string, string>();
  const taken = known.map((o) => o.slug);
  for (const name of names) {
    const key = organisationKey(name);
    const match = known.find((o) => (key && o.matchKey === key) || o.aliases.includes(name));
    if (match) slugOf.set(name, match.slug);
    else {
      const slug = freeSlug(slugBase(name), taken);
      taken.push(slug);
      slugOf.set(name, slug);
      const alike = similarRows.find((r) => r.input === name);
      if (alike) similar.set(name, alike.name);
    }
  }
  const inventory = draft.inventory.map((r) => (r.actor.slug ? r : { ...r, actor: { ...r.actor, slug: slugOf.get(r.actor.name.trim()) ?? "" } }));
  return { draft: { ...draft, inventory }, similar };
}

/** A name with no letters or digits ("大阪") still needs a valid slug. */
const slugBase = (name: string) => slugify(name) || "organisation";

function freeSlug(base: string, taken: string[]): string {
  let slug = base;
  for (let n = 2; taken.includes(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** Who saved a version and when: for the message telling an editor someone else saved meanwhile. */
export async function getRevisionAuthor(caseId: number, version: number) {
  const [row] = await getDb().select({ by: caseRevisions.authorEmail, byId: caseRevisions.authorId, at: caseRevisions.createdAt }).from(caseRevisions)
    .where(and(eq(caseRevisions.caseId, caseId), eq(caseRevisions.version, version)));
  return row ?? null;
}
