import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bumpContentRevision } from "@/db/content-revision";
import * as t from "@/db/schema";
import type { Transaction } from "@/db/transaction";
import { caseFacets, caseSearchTexts, caseStakeholderCategories } from "@/lib/case/search-text";
import type { CaseDocument } from "@/lib/case/schema";
import { organisationKey } from "@/lib/importer/actors";

/**
 * Writes new cases, published, storing exactly what writeCase (db/case-writes.ts) stores for a new
 * case (tests/integration/bench-data.test.ts compares the two), in a few multi-row statements per
 * batch instead of some twenty statements per case: ten thousand cases in minutes. Only for
 * benchmark data on a database that does not have these cases yet; the product writes through writeCase.
 */
export async function writeNewCases(documents: CaseDocument[]): Promise<void> {
  await getDb().transaction(async (tx) => {
    const cityIds = await ensureCities(tx, documents);
    const areaIds = await ensurePolicyAreas(tx, documents);
    const actorIds = await ensureOrganisations(tx, documents);
    const methodIds = await ensureMethods(tx, documents);
    const now = new Date();
    const inserted = await insertChunked(tx, t.cases, documents.map((c) => ({
      slug: c.slug, isSample: c.sample, cityId: cityIds.get(c.city.slug)!, policyAreaId: areaIds.get(c.policyArea.slug)!, focus: c.focus ?? "",
      title: c.title, workshopDate: c.workshopDate, introduction: c.introduction, policyAreaIntro: c.policyAreaIntro, cityIntro: c.cityIntro,
      context: c.context, selectedFocus: c.selectedFocus, ecosystem: c.ecosystem, portfolioTitle: c.portfolio.title, scope: c.portfolio.scope,
      coordinator: c.portfolio.coordinator, ...caseSearchTexts(c),
      facets: caseFacets(c), stakeholderCategories: caseStakeholderCategories(c), status: "published" as const, publishedAt: now,
    })), { id: t.cases.id });
    const ids = inserted.map((r) => r.id);
    const named = documents.flatMap((c) => [...c.participants, ...c.portfolio.stakeholders]).filter((p) => !p.actor).map((p) => organisationKey(p.name));
    const byKey = await organisationsByKey(tx, named);
    const organisationOf = (p: { name: string; actor: string | null }) => (p.actor ? actorIds.get(p.actor) : byKey.get(organisationKey(p.name))) ?? null;
    const each = <R>(make: (c: CaseDocument, caseId: number) => R[]) => documents.flatMap((c, i) => make(c, ids[i]!));

    await insertChunked(tx, t.participants, each((c, caseId) => c.participants.map((p, position) => ({ caseId, position, name: p.name, organisationId: organisationOf(p) }))));
    await insertChunked(tx, t.stakeholders, each((c, caseId) => c.portfolio.stakeholders.map((s, position) => ({ caseId, position, category: s.category, name: s.name, organisationId: organisationOf(s) }))));
    await insertChunked(tx, t.inventoryRows, each((c, caseId) => c.inventory.map((r, position) => ({
      caseId, position, organisationId: actorIds.get(r.actor.slug)!, actorName: r.actor.name, areaOfExpertise: r.areaOfExpertise,
      targetGroup: r.targetGroup, facets: r.facets, innovationNote: r.innovationNote, isResource: r.isResource, rawText: r.rawText,
    }))));
    const groups = each((c, caseId) => [
      ...c.portfolio.challenges.map((g, position) => ({ caseId, kind: "challenge" as const, position, g })),
      ...c.portfolio.opportunities.map((g, position) => ({ caseId, kind: "opportunity" as const, position, g })),
    ]);
    const groupIds = await insertChunked(tx, t.themeGroups, groups.map(({ caseId, kind, position, g }) => ({ caseId, kind, position, heading: g.heading })), { id: t.themeGroups.id });
    await insertChunked(tx, t.themeItems, groups.flatMap(({ g }, i) => g.items.map((text, position) => ({ groupId: groupIds[i]!.id, position, text }))));
    await insertChunked(tx, t.findings, each((c, caseId) => {
      const of = (part: "summary" | "closing", kind: "conclusion" | "recommendation", list: CaseDocument["findings"]["conclusions"]) =>
        list.map((f, position) => ({ caseId, part, kind, position, number: f.number, title: f.title, body: f.body }));
      return [...of("summary", "conclusion", c.summary.conclusions), ...of("summary", "recommendation", c.summary.recommendations),
        ...of("closing", "conclusion", c.findings.conclusions), ...of("closing", "recommendation", c.findings.recommendations)];
    }));
    await insertChunked(tx, t.caseMethods, each((c, caseId) => c.methods.map((m, position) => ({ caseId, methodId: methodIds.get(m.slug)!, position, description: m.description }))));
    await insertChunked(tx, t.extraSections, each((c, caseId) => c.extraSections.map((s, position) => ({ caseId, position, heading: s.heading, body: s.body, after: s.after }))));
    await insertChunked(tx, t.caseRevisions, each((c, caseId) => {
      const { status: _s, version: _v, updatedAt: _u, publishedAt: _p, ...content } = c;
      return [{ caseId, version: 1, document: content, message: "synthetic benchmark data", authorId: null, authorEmail: "server" }];
    }));
    await insertChunked(tx, t.caseStatusChanges, each((_, caseId) => [{ caseId, version: 1, fromStatus: "draft" as const, toStatus: "published" as const, authorId: null, authorEmail: "server" }]));
    const server = { actorId: null, actorEmail: "server", ip: null };
    await insertChunked(tx, t.auditLog, [
      ...cityIds.created.map((c) => ({ ...server, action: "city.created", subject: c.city.slug, details: { name: c.city.name, case: c.slug } })),
      ...areaIds.created.map((c) => ({ ...server, action: "policy_area.created", subject: c.policyArea.slug, details: { name: c.policyArea.name, case: c.slug } })),
    ]);
    await insertChunked(tx, t.auditLog, documents.flatMap((c) => [
      { actorId: null, actorEmail: "server", action: "case.created", subject: c.slug, details: { version: 1, source: "import" }, ip: null },
      { actorId: null, actorEmail: "server", action: "case.status_changed", subject: c.slug, details: { from: "draft", to: "published", version: 1 }, ip: null },
    ]));
    await bumpContentRevision(tx);
  });
}

/** Multi-row inserts kept under PostgreSQL's 65,535 parameters a statement. */
async function insertChunked<R extends Record<string, unknown>>(tx: Transaction, table: Parameters<Transaction["insert"]>[0], rows: R[], returning?: Record<string, unknown>): Promise<Array<{ id: number }>> {
  const size = Math.max(1, Math.floor(60_000 / Math.max(1, Object.keys(rows[0] ?? {}).length)));
  const out: Array<{ id: number }> = [];
  for (let i = 0; i < rows.length; i += size) {
    const insert = tx.insert(table).values(rows.slice(i, i + size) as never);
    if (returning) out.push(...((await insert.returning(returning as never)) as unknown as Array<{ id: number }>));
    else await insert;
  }
  return out;
}

/** The first case of a city or policy area gives its description, as upsertCaseCity does. */
type CreatedFirst = Map<string, number> & { /** The cases that named each one created, first. */ created: CaseDocument[] };

async function ensureCities(tx: Transaction, documents: CaseDocument[]): Promise<CreatedFirst> {
  const first = new Map<string, CaseDocument>();
  for (const c of documents) if (!first.has(c.city.slug)) first.set(c.city.slug, c);
  const created = await tx.insert(t.cities).values([...first.values()].map((c) => ({
    slug: c.city.slug, name: c.city.name, countryCode: c.city.country.code, countryName: c.city.country.name,
    population: c.city.population, website: c.city.website, description: c.cityIntro, isSample: c.sample,
  }))).onConflictDoNothing({ target: t.cities.slug }).returning({ slug: t.cities.slug });
  const rows = await tx.select({ id: t.cities.id, slug: t.cities.slug }).from(t.cities).where(inArray(t.cities.slug, [...first.keys()]));
  return Object.assign(new Map(rows.map((r) => [r.slug, r.id])), { created: created.map((r) => first.get(r.slug)!) });
}

async function ensurePolicyAreas(tx: Transaction, documents: CaseDocument[]): Promise<CreatedFirst> {
  const first = new Map<string, CaseDocument>();
  for (const c of documents) if (!first.has(c.policyArea.slug)) first.set(c.policyArea.slug, c);
  const created = await tx.insert(t.policyAreas).values([...first.values()].map((c) => ({
    slug: c.policyArea.slug, name: c.policyArea.name, description: c.policyAreaIntro, isSample: c.sample,
  }))).onConflictDoNothing({ target: t.policyAreas.slug }).returning({ slug: t.policyAreas.slug });
  const rows = await tx.select({ id: t.policyAreas.id, slug: t.policyAreas.slug }).from(t.policyAreas).where(inArray(t.policyAreas.slug, [...first.keys()]));
  return Object.assign(new Map(rows.map((r) => [r.slug, r.id])), { created: created.map((r) => first.get(r.slug)!) });
}

/** Organisations by the actor slugs of the inventories, created as resolveOrganisations creates them. */
async function ensureOrganisations(tx: Transaction, documents: CaseDocument[]): Promise<Map<string, number>> {
  const actors = new Map(documents.flatMap((c) => c.inventory.map((r) => [r.actor.slug, { ...r.actor, isSample: c.sample }] as const)));
  const values = [...actors.values()].map((a) => ({ slug: a.slug, name: a.name, matchKey: organisationKey(a.name), isSample: a.isSample }));
  for (let i = 0; i < values.length; i += 10_000) await tx.insert(t.organisations).values(values.slice(i, i + 10_000)).onConflictDoNothing({ target: t.organisations.slug });
  const rows = await tx.select({ id: t.organisations.id, slug: t.organisations.slug }).from(t.organisations).where(inArray(t.organisations.slug, [...actors.keys()]));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

async function organisationsByKey(tx: Transaction, keys: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(keys.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await tx.select({ id: t.organisations.id, matchKey: t.organisations.matchKey }).from(t.organisations).where(inArray(t.organisations.matchKey, unique));
  return new Map(rows.map((r) => [r.matchKey, r.id]));
}

async function ensureMethods(tx: Transaction, documents: CaseDocument[]): Promise<Map<string, number>> {
  const methods = new Map(documents.flatMap((c) => c.methods.map((m) => [m.slug, m] as const)));
  if (!methods.size) return new Map();
  await tx.insert(t.methods).values([...methods.values()].map(({ slug, name, description }) => ({ slug, name, description }))).onConflictDoNothing({ target: t.methods.slug });
  const rows = await tx.select({ id: t.methods.id, slug: t.methods.slug }).from(t.methods).where(inArray(t.methods.slug, [...methods.keys()]));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

