import "server-only";
import { and, arrayContains, desc, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { CaseDocument } from "@/lib/case/schema";
import { getDb } from "./client";
import { caseBySlug, findCaseRow, findCaseRows, toCaseDocument } from "./case-document";
import { cachedRead } from "./read-cache";
import { writeCase, type SavedCase, type WriteOptions } from "./case-writes";
import { catalogWouldChange } from "./cities";
import { bumpContentRevision } from "./content-revision";
import { AddressError, addressTaken, findAddressHolder } from "./case-address";
import { ImportGateError, judgeImport, lastSavedInEditor, openImportGate, type GateVerdict } from "./import-gate";
import { asWritten } from "@/lib/case/as-written";
import { sameContent } from "@/lib/case/same-content";
import type { Transaction } from "./transaction";
import { cases, cities, policyAreas } from "./schema";

export type PublishedCase = CaseDocument & { status: "published"; updatedAt: string; version: number };

/** A published case, whole (one query); null for an unknown slug or a case that is not published. */
export function getPublishedCase(slug: string): Promise<PublishedCase | null> {
  return cachedRead(["getPublishedCase", slug], async () => {
    const row = await findCaseRow(getDb(), and(caseBySlug(slug), eq(cases.status, "published"))!);
    return row ? (toCaseDocument(row) as PublishedCase) : null;
  });
}

/** Every published case, whole, for the bulk download: one query. */
export function listPublishedCaseDocuments(): Promise<PublishedCase[]> {
  return cachedRead(["listPublishedCaseDocuments"], async () => {
    const rows = await findCaseRows(getDb(), eq(cases.status, "published"));
    return rows.map((row) => toCaseDocument(row) as PublishedCase);
  });
}

/** A case in any status, whole: for export and for the people who edit it. */
export async function getCaseDocument(slug: string): Promise<CaseDocument | null> {
  const row = await findCaseRow(getDb(), caseBySlug(slug));
  return row ? toCaseDocument(row) : null;
}

export type CaseSummary = {
  slug: string; title: string | null; isSample: boolean; updatedAt: Date; publishedAt: Date | null; citySlug: string; cityName: string;
  countryName: string; policyAreaSlug: string; policyAreaName: string; /** "" when the case has none. */ focus: string;
};

const SUMMARY = {
  slug: cases.slug, title: cases.title, isSample: cases.isSample, updatedAt: cases.updatedAt, publishedAt: cases.publishedAt,
  citySlug: cities.slug, cityName: cities.name, countryName: cities.countryName,
  policyAreaSlug: policyAreas.slug, policyAreaName: policyAreas.name, focus: cases.focus,
};

function selectPublished<T extends SelectedFields>(extra: T) {
  return getDb()
    .select({ ...SUMMARY, ...extra })
    .from(cases)
    .innerJoin(cities, eq(cities.id, cases.cityId))
    .innerJoin(policyAreas, eq(policyAreas.id, cases.policyAreaId));
}

/** What a case taken back from the public says at its address: only what was public, nothing of a draft since. */
export type WithdrawnCase = { slug: string; publishedAt: Date };

/**
 * A case that was published and is not now (archived, or back in draft or review): its address says so, where
 * an address that never held a published case is simply unknown. Null for both of those, and for a published case.
 */
export function getWithdrawnCase(slug: string): Promise<WithdrawnCase | null> {
  return cachedRead(["getWithdrawnCase", slug], async () => {
    const [row] = await getDb().select({ slug: cases.slug, publishedAt: cases.publishedAt }).from(cases)
      .where(and(eq(cases.slug, slug), ne(cases.status, "published"), isNotNull(cases.publishedAt))).limit(1);
    return row ? { slug: row.slug, publishedAt: row.publishedAt! } : null;
  });
}

/** The address now of the case that had `slug` while public, before an editor changed it (db/case-address.ts). */
export function getMovedCase(slug: string): Promise<string | null> {
  return cachedRead(["getMovedCase", slug], async () => {
    const [row] = await getDb().select({ slug: cases.slug }).from(cases).where(arrayContains(cases.formerSlugs, [slug])).limit(1);
    return row?.slug ?? null;
  });
}

/** Published cases, newest change first; `limit` for the newest few. */
export function listPublishedCases(limit?: number): Promise<CaseSummary[]> {
  return cachedRead(["listPublishedCases", limit], () => {
    const select = selectPublished({}).where(eq(cases.status, "published")).orderBy(desc(cases.updatedAt), cases.slug);
    return limit ? select.limit(limit) : select;
  });
}

/** Published cases of the same city or the same policy area as a published case. One query. */
export function listRelatedCases(slug: string): Promise<Array<CaseSummary & { sharesCity: boolean; sharesPolicyArea: boolean }>> {
  return cachedRead(["listRelatedCases", slug], () => {
    const self = sql`(select city_id, policy_area_id from cases where slug = ${slug} and status = 'published')`;
    return selectPublished({
      sharesCity: sql<boolean>`${cases.cityId} in (select city_id from ${self} s)`,
      sharesPolicyArea: sql<boolean>`${cases.policyAreaId} in (select policy_area_id from ${self} s)`,
    })
      .where(and(
        eq(cases.status, "published"),
        ne(cases.slug, slug),
        sql`(${cases.cityId} in (select city_id from ${self} s) or ${cases.policyAreaId} in (select policy_area_id from ${self} s))`,
      ))
      .orderBy(desc(cases.updatedAt), cases.slug);
  });
}

/** What an import takes: the write's options that mean something for a batch, and the command line's gate. */
export type ImportOptions = Pick<WriteOptions, "publish" | "by" | "message"> & {
  /**
   * The command line's gate (decision 0023): refused for serious problems on a public page, unless `reason` is given,
   * and over a case last saved in the editor, whose edits it would replace, unless `replaceEdits`.
   */
  gate?: { reason?: string; replaceEdits?: boolean };
  /** Each document's version message ("Imported from …"), when the batch's `message` is not it. */
  messages?: string[];
};

/**
 * Imports a batch of cases in one transaction: all are written, or none. The revision moves once, and only
 * when the batch changed what readers see (as a save does: `changedPublicContent`).
 */
export async function importCases(documents: CaseDocument[], { gate, messages, ...options }: ImportOptions = {}): Promise<SavedCase[]> {
  return getDb().transaction(async (tx) => {
    const verdicts = gate ? await judgeBatch(tx, documents, !!options.publish, gate) : [];
    const saved: SavedCase[] = [];
    for (const [position, document] of documents.entries()) {
      const row = await findImportedCase(tx, document);
      // A new case takes no address another case has or had while public (db/case-address.ts).
      const holder = row ? undefined : await findAddressHolder(tx, document.slug);
      if (holder) throw new AddressError(addressTaken(document.slug, holder));
      const unchanged = row && (await unchangedByImport(tx, document, row, options));
      if (unchanged) {
        saved.push(unchanged);
        continue;
      }
      const waived = verdicts[position]?.problems.map((p) => p.message) ?? [];
      const message = waived.length ? gate?.reason : (messages?.[position] ?? options.message);
      saved.push(await writeCase(tx, row ? { ...document, slug: row.slug, editorsNote: row.editorsNote } : document, { ...options, message, waived }));
    }
    if (saved.some((c) => c.changedPublicContent)) await bumpContentRevision(tx);
    return saved;
  });
}

/** Every document of a batch judged before any is written, and refused together (ImportGateError) unless let through. */
async function judgeBatch(tx: Transaction, documents: CaseDocument[], publish: boolean, { reason, replaceEdits = false }: NonNullable<ImportOptions["gate"]>): Promise<GateVerdict[]> {
  const gate = await openImportGate(tx, documents, reason);
  const verdicts: GateVerdict[] = [];
  for (const document of documents) {
    const row = await findImportedCase(tx, document);
    const stored = row && toCaseDocument(row);
    // A document that holds what the case holds replaces nothing anybody saved.
    const replaces = row && stored && !sameContent(stored, asWritten(document, stored)) ? await lastSavedInEditor(tx, row.id) : undefined;
    verdicts.push({ ...judgeImport(document, stored, publish, gate), ...(replaces ? { replaces } : {}) });
  }
  const refused = verdicts.flatMap((v, position) => ((v.problems.length && !reason) || (v.replaces && !replaceEdits) ? [{ ...v, position }] : []));
  if (refused.length) throw new ImportGateError(refused);
  return verdicts;
}

/** The stored case a document is (the same city, policy area and focus), whole. */
async function findImportedCase(tx: Transaction, document: CaseDocument) {
  const [found] = await tx.select({ id: cases.id }).from(cases)
    .innerJoin(cities, eq(cities.id, cases.cityId)).innerJoin(policyAreas, eq(policyAreas.id, cases.policyAreaId))
    .where(and(eq(cities.slug, document.city.slug), eq(policyAreas.slug, document.policyArea.slug), eq(cases.focus, document.focus ?? "")));
  return found ? findCaseRow(tx, eq(cases.id, found.id)) : undefined;
}

type CaseRow = NonNullable<Awaited<ReturnType<typeof findImportedCase>>>;

/** The stored case a document would replace, when it holds exactly that already (and is published, if asked): no new version. */
async function unchangedByImport(tx: Transaction, document: CaseDocument, row: CaseRow, { publish = false }: WriteOptions): Promise<SavedCase | null> {
  if ((publish && row.status !== "published") || (await catalogWouldChange(tx, document, { isPublic: row.status === "published" || publish }))) return null;
  // The case shows its city and policy area as the catalog has them, which a write does not change (checked above).
  const stored = toCaseDocument(row);
  if (!sameContent(stored, asWritten(document, stored))) return null;
  return { id: row.id, slug: row.slug, isNew: false, version: row.version, changedPublicContent: false, unchanged: true };
}

export async function countCases(): Promise<number> {
  return getDb().$count(cases);
}
