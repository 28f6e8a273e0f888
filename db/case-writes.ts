import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { CaseDocument, CaseStatus, Finding } from "@/lib/case/schema";
import { organisationKey } from "@/lib/importer/actors";
import { caseFacets, caseSearchTexts, caseStakeholderCategories } from "@/lib/case/search-text";
import { recordAudit, type AuditEntry } from "./audit";
import { findCaseRow, toCaseDocument } from "./case-document";
import { upsertCaseCity, upsertCasePolicyArea, type UpsertedRow } from "./cities";
import { findOrganisationsByKey, resolveOrganisations } from "./organisations";
import * as t from "./schema";
import { recordStatusChange } from "./status-changes";
import type { Transaction } from "./transaction";

export type SavedCase = {
  id: number; slug: string; isNew: boolean; version: number;
  /**
   * The write changed what public pages show: the case is or becomes published, or a city, policy area or
   * organisation (shown whatever the case's status) was created or changed. Callers bump the revision then.
   */
  changedPublicContent: boolean;
  /** Nothing was written: the case already held exactly this (a re-import of an unchanged file). */
  unchanged?: boolean;
  /** The serious problems the write put on a public page on purpose (WriteOptions' `waived`). */
  waived?: string[];
};
export type WriteOptions = {
  publish?: boolean;
  by?: AuditEntry["by"];
  /** Why, in the words of the person saving: kept with the revision. */
  message?: string;
  /** Save onto this case (the editor), instead of finding it by city, policy area and focus (the importer). */
  target?: { id: number; status: CaseStatus };
  /** What wrote the case, for the audit log: by default the editor when there is a target, else the importer. */
  source?: "editor" | "import";
  /** The earlier version this write restores (from the case's history), for the audit log. */
  restoredFrom?: number;
  /** The serious problems this write puts on the public page on purpose, the reason in `message`: for the history. */
  waived?: string[];
};

const SERVER = { id: null, email: "server" } as const;

/**
 * Writes a whole case: found by city, policy area and focus and replaced, or created. The caller bumps
 * the content revision once its transaction has written everything (once for a batch, not once a case).
 */
export async function writeCase(tx: Transaction, c: CaseDocument, { publish = false, by = SERVER, message = "", target, source = target ? "editor" : "import", restoredFrom, waived = [] }: WriteOptions = {}): Promise<SavedCase> {
  const knownPublic = { isPublic: publish || target?.status === "published" };
  const city = await upsertCaseCity(tx, c, knownPublic);
  const policyArea = await upsertCasePolicyArea(tx, c, knownPublic);
  await recordCatalogWrites(tx, by, c, city, policyArea);
  const focus = c.focus ?? "";
  const fields = {
    slug: c.slug, isSample: c.sample, cityId: city.id, policyAreaId: policyArea.id, focus, title: c.title, workshopDate: c.workshopDate, editorsNote: c.editorsNote,
    introduction: c.introduction, policyAreaIntro: c.policyAreaIntro, cityIntro: c.cityIntro, context: c.context,
    selectedFocus: c.selectedFocus, ecosystem: c.ecosystem, portfolioTitle: c.portfolio.title, scope: c.portfolio.scope,
    coordinator: c.portfolio.coordinator, ...caseSearchTexts(c),
    facets: caseFacets(c), stakeholderCategories: caseStakeholderCategories(c),
  };
  // The transaction's time, as the columns' defaults: a batch is one change, and a case is never published after its last change.
  const now = sql`now()`;
  // A case published again keeps the time it was first published: its citations' year, and the feed's.
  const published = publish ? { status: "published" as const, publishedAt: sql`coalesce(${t.cases.publishedAt}, now())` } : {};
  const [existing] = target
    ? [target]
    : await tx.select({ id: t.cases.id, status: t.cases.status }).from(t.cases)
        .where(and(eq(t.cases.cityId, city.id), eq(t.cases.policyAreaId, policyArea.id), eq(t.cases.focus, focus)));
  let id: number;
  let version: number;
  if (existing) {
    id = existing.id;
    const [row] = await tx.update(t.cases).set({ ...fields, ...published, version: sql`${t.cases.version} + 1`, updatedAt: now })
      .where(eq(t.cases.id, id)).returning({ version: t.cases.version });
    version = row!.version;
    await deleteCaseParts(tx, id);
  } else {
    const [row] = await tx.insert(t.cases).values({ ...fields, ...(publish ? { status: "published" as const, publishedAt: now } : {}) }).returning({ id: t.cases.id, version: t.cases.version });
    id = row!.id;
    version = row!.version;
  }
  const changedOrganisations = await insertCaseParts(tx, id, c);
  await tx.insert(t.caseRevisions).values({ caseId: id, version, document: await storedContent(tx, id), message, authorId: by?.id ?? null, authorEmail: by?.email ?? null });
  const publishes = publish && existing?.status !== "published";
  // Problems waived go with what made them public: the status change, or the write to a published case.
  const waiver = waived.length ? { waiver: message, waived } : {};
  await recordAudit(tx, { by, action: existing ? "case.updated" : "case.created", subject: c.slug, details: { version, source, ...(restoredFrom ? { restoredFrom } : {}), ...(publishes ? {} : waiver) } });
  if (publishes) await recordStatusChange(tx, { caseId: id, slug: c.slug, version, from: existing?.status ?? "draft", to: "published", by, note: waived.length ? message : "", waived });
  const isPublic = publish || existing?.status === "published";
  // Re-imported over a published case: found published only now, so its text fills what its city and policy area lack now.
  if (isPublic && !knownPublic.isPublic) await fillCatalogFromCase(tx, c, by);
  return { id, slug: c.slug, isNew: !existing, version, changedPublicContent: isPublic || city.changed || policyArea.changed || changedOrganisations, ...(waived.length ? { waived } : {}) };
}

/** A case published: its text fills what its city's and policy area's records lack (a draft's did not). */
export async function fillCatalogFromCase(tx: Transaction, c: CaseDocument, by: AuditEntry["by"] = SERVER): Promise<void> {
  await recordCatalogWrites(tx, by, c, await upsertCaseCity(tx, c, { isPublic: true }), await upsertCasePolicyArea(tx, c, { isPublic: true }));
}

/**
 * A city or policy area the case named first, or whose gaps its document filled, is in the audit log as staff's
 * own changes of the catalog are: added, or changed ("none → 172000").
 */
async function recordCatalogWrites(tx: Transaction, by: AuditEntry["by"], c: CaseDocument, city: UpsertedRow, policyArea: UpsertedRow) {
  const places = [
    { row: city, kind: "city", subject: c.city.slug, name: c.city.name },
    { row: policyArea, kind: "policy_area", subject: c.policyArea.slug, name: c.policyArea.name },
  ] as const;
  for (const { row, kind, subject, name } of places) {
    if (row.created) await recordAudit(tx, { by, action: `${kind}.created`, subject, details: { name, case: c.slug } });
    else if (row.filled) await recordAudit(tx, { by, action: `${kind}.updated`, subject, details: { ...filledFields(row.filled), case: c.slug } });
  }
}

const filledFields = (filled: Record<string, unknown>) => Object.fromEntries(Object.entries(filled).map(([field, value]) => {
  if (field === "description") return ["description", "filled from the case"];
  if (field === "isSample") return ["sample", "yes → no"];
  return [field, `none → ${String(value)}`];
}));

/**
 * The case as written, for its revision: read back, not as sent, since the write links people to
 * organisations by name and takes the catalog's spelling of its city. Otherwise the next revision,
 * made from the stored case, would differ from this one where nobody changed anything.
 */
async function storedContent(tx: Transaction, id: number) {
  const { status: _s, version: _v, updatedAt: _u, publishedAt: _p, ...content } = toCaseDocument((await findCaseRow(tx, eq(t.cases.id, id)))!);
  return content;
}

async function deleteCaseParts(tx: Transaction, caseId: number): Promise<void> {
  for (const table of [t.participants, t.stakeholders, t.themeGroups, t.inventoryRows, t.findings, t.caseMethods, t.extraSections]) {
    await tx.delete(table).where(eq(table.caseId, caseId));
  }
}

/** Writes the case's parts; true when an organisation was created or changed on the way. */
async function insertCaseParts(tx: Transaction, caseId: number, c: CaseDocument): Promise<boolean> {
  const { ids: actorIds, changed } = await resolveOrganisations(tx, c.inventory.map((r) => r.actor), { isSample: c.sample });
  const named = [...c.participants, ...c.portfolio.stakeholders].filter((p) => !p.actor).map((p) => p.name);
  const byKey = await findOrganisationsByKey(tx, named);
  const organisationOf = (p: { name: string; actor: string | null }) =>
    (p.actor ? actorIds.get(p.actor) : byKey.get(organisationKey(p.name))) ?? null;

  const { participants, portfolio, inventory, extraSections } = c;
  if (participants.length)
    await tx.insert(t.participants).values(participants.map((p, position) => ({ caseId, position, name: p.name, organisationId: organisationOf(p) })));
  if (portfolio.stakeholders.length)
    await tx.insert(t.stakeholders).values(
      portfolio.stakeholders.map((s, position) => ({ caseId, position, category: s.category, name: s.name, organisationId: organisationOf(s) })),
    );
  if (inventory.length)
    await tx.insert(t.inventoryRows).values(
      inventory.map((r, position) => ({
        caseId, position, organisationId: actorIds.get(r.actor.slug)!, actorName: r.actor.name, areaOfExpertise: r.areaOfExpertise,
        targetGroup: r.targetGroup, facets: r.facets, innovationNote: r.innovationNote, isResource: r.isResource, rawText: r.rawText,
      })),
    );
  await insertThemes(tx, caseId, c);
  await insertFindings(tx, caseId, c);
  await insertMethods(tx, caseId, c);
  if (extraSections.length)
    await tx.insert(t.extraSections).values(extraSections.map((s, position) => ({ caseId, position, heading: s.heading, body: s.body, after: s.after })));
  return changed;
}

async function insertThemes(tx: Transaction, caseId: number, c: CaseDocument): Promise<void> {
  const groups = [
    ...c.portfolio.challenges.map((g, position) => ({ kind: "challenge" as const, position, g })),
    ...c.portfolio.opportunities.map((g, position) => ({ kind: "opportunity" as const, position, g })),
  ];
  if (!groups.length) return;
  const inserted = await tx.insert(t.themeGroups)
    .values(groups.map(({ kind, position, g }) => ({ caseId, kind, position, heading: g.heading })))
    .returning({ id: t.themeGroups.id });
  const items = groups.flatMap(({ g }, i) => g.items.map((text, position) => ({ groupId: inserted[i]!.id, position, text })));
  if (items.length) await tx.insert(t.themeItems).values(items);
}

async function insertFindings(tx: Transaction, caseId: number, c: CaseDocument): Promise<void> {
  const of = (part: "summary" | "closing", kind: "conclusion" | "recommendation", list: Finding[]) =>
    list.map((f, position) => ({ caseId, part, kind, position, number: f.number, title: f.title, body: f.body }));
  const values = [
    ...of("summary", "conclusion", c.summary.conclusions), ...of("summary", "recommendation", c.summary.recommendations),
    ...of("closing", "conclusion", c.findings.conclusions), ...of("closing", "recommendation", c.findings.recommendations),
  ];
  if (values.length) await tx.insert(t.findings).values(values);
}

async function insertMethods(tx: Transaction, caseId: number, c: CaseDocument): Promise<void> {
  if (!c.methods.length) return;
  const unique = [...new Map(c.methods.map((m) => [m.slug, m])).values()];
  // The no-op update makes RETURNING give the id of a method that already exists.
  const ids = await tx.insert(t.methods)
    .values(unique.map((m) => ({ slug: m.slug, name: m.name, description: m.description })))
    .onConflictDoUpdate({ target: t.methods.slug, set: { slug: sql`excluded.slug` } })
    .returning({ id: t.methods.id, slug: t.methods.slug });
  const idOf = new Map(ids.map((m) => [m.slug, m.id]));
  await tx.insert(t.caseMethods).values(c.methods.map((m, position) => ({ caseId, methodId: idOf.get(m.slug)!, position, description: m.description })));
}
