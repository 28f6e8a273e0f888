import "server-only";
import { and, arrayContains, desc, eq, ne, or, sql } from "drizzle-orm";
import { assertCan, can, ForbiddenError, whyNot, type Actor } from "@/lib/auth/roles";
import { caseIs, STATUS_LABELS, TRANSITIONS } from "@/lib/case/workflow";
import type { CaseDocument, CaseStatus } from "@/lib/case/schema";
import { withEditorsNoteOf } from "@/lib/case/editors-note";
import { sameContent } from "@/lib/case/same-content";
import { countOf } from "@/lib/plain-text";
import { newSeriousProblems, seriousProblems } from "@/lib/quality/check-case";
import type { KnownPlaces, QualityProblem } from "@/lib/quality/types";
import { recordAudit } from "./audit";
import { addressTaken } from "./case-address";
import { findCaseRow, toCaseDocument } from "./case-document";
import { fillCatalogFromCase, writeCase } from "./case-writes";
import { takeBackCatalogText } from "./cities";
import { getDb } from "./client";
import { bumpContentRevision } from "./content-revision";
import { caseRevisions, cases, cities, policyAreas } from "./schema";
import { recordStatusChange } from "./status-changes";
import type { Transaction } from "./transaction";

/** A save made from an older version than the stored one: refused, never applied over the newer one. */
export class StaleCaseError extends Error {
  constructor(readonly currentVersion: number) {
    super(`This case was changed by someone else (now version ${currentVersion}). Nothing was saved.`);
  }
}

export class CaseError extends Error {
  /** The editor's field the problem is about, when there is one. */
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

/** The case moved along the workflow (published, archived...) since the editor opened it: a save would land somewhere unexpected. */
export class StatusChangedError extends CaseError {
  /** `currentVersion`: someone may have saved too, so the editor can merge in the same answer. */
  constructor(readonly status: CaseStatus, readonly currentVersion: number) {
    super(`This case is ${caseIs(status)} now. Nothing was saved.`);
  }
}

/** A city editor saving a case that is no longer a draft. */
export class DraftsOnlyError extends ForbiddenError {
  constructor(readonly caseStatus: CaseStatus) {
    super(`This case is ${caseIs(caseStatus)} now, and a city editor changes drafts only.`);
  }
}

async function lockCase(tx: Transaction, caseId: number) {
  const [row] = await tx.select({ id: cases.id, slug: cases.slug, cityId: cases.cityId, status: cases.status, version: cases.version })
    .from(cases).where(eq(cases.id, caseId)).for("update");
  if (!row) throw new CaseError("No such case");
  return row;
}

/** The ids of the document's city and policy area: undefined for one that does not exist (yet). */
type PlaceIds = { cityId?: number; policyAreaId?: number };

async function placeIdsOf(tx: Transaction, c: CaseDocument): Promise<PlaceIds> {
  const [city] = await tx.select({ id: cities.id }).from(cities).where(eq(cities.slug, c.city.slug));
  const [area] = await tx.select({ id: policyAreas.id }).from(policyAreas).where(eq(policyAreas.slug, c.policyArea.slug));
  return { cityId: city?.id, policyAreaId: area?.id };
}

/**
 * Saves a whole case as one transaction and stores it as a new revision (none when nothing changed:
 * `unchanged`). Refused when the case changed
 * since `expectedVersion` (two people editing), or changed status since `expectedStatus` (a draft published
 * meanwhile would take unfinished text public), or when the person may not edit it: a city editor edits
 * only drafts of their own cities.
 */
type SaveOptions = {
  expectedVersion: number; /** The status the editor was opened on. */ expectedStatus?: CaseStatus; message?: string; restoredFrom?: number;
  /**
   * The editor's save of a published case, which is public at once: refused when it would put new serious problems
   * on the public page, unless they are waived on purpose (`waive`) with the reason in `message`.
   */
  gate?: { known: KnownPlaces; waive: boolean };
};

/**
 * Why this person may not edit this case (a city editor, another city's case), before anything they sent is read:
 * a refusal is a refusal, whatever the form holds. Undefined when they may, or when there is no such case.
 */
export async function whyNotEditable(by: Actor, caseId: number): Promise<string | undefined> {
  const [row] = await getDb().select({ cityId: cases.cityId }).from(cases).where(eq(cases.id, caseId));
  return !row || can(by, "cases:edit", row.cityId) ? undefined : whyNot(by, "cases:edit");
}

export async function saveCase(by: Actor | null, caseId: number, document: CaseDocument, { expectedVersion, expectedStatus, message = "", restoredFrom, gate }: SaveOptions) {
  return getDb().transaction(async (tx) => {
    const current = await lockCase(tx, caseId);
    assertCan(by, "cases:edit", current.cityId);
    const place = await placeIdsOf(tx, document);
    if (place.cityId === undefined || place.policyAreaId === undefined) throw new CaseError("Choose a city and a policy area that exist (an editor can add new ones)");
    assertMayChoose(by, "cases:edit", place.cityId, true);
    if (by.role === "city_editor" && current.status !== "draft") throw new DraftsOnlyError(current.status);
    if (expectedStatus && current.status !== expectedStatus) throw new StatusChangedError(current.status, current.version);
    if (current.version !== expectedVersion) throw new StaleCaseError(current.version);
    // A saved case's address changes only on its own page (db/case-address.ts): a form opened before, or an old
    // version restored, still holds the earlier one.
    document = { ...document, slug: current.slug };
    await assertAddressFree(tx, document, place, caseId);
    const stored = await findCaseRow(tx, eq(cases.id, caseId));
    // A city editor's form shows the editors' note without a field for it: the note stays ekip's, whatever is sent.
    if (stored) document = withEditorsNoteOf(by, document, stored.editorsNote);
    if (stored && sameContent(toCaseDocument(stored), document)) {
      return { id: caseId, slug: current.slug, isNew: false, version: current.version, status: current.status, changedPublicContent: false, unchanged: true };
    }
    const waived = gate && current.status === "published" ? newSeriousProblems(toCaseDocument(stored!), document, gate.known) : [];
    if (waived.length && !(gate?.waive && message.trim())) throw new PublishedSaveGateError(waived, !!gate?.waive);
    const saved = await writeCase(tx, document, { by, message, restoredFrom, target: { id: caseId, status: current.status }, waived: waived.map((p) => p.message) });
    // Saving a draft empties no public cache (on every instance) unless it changed a city, policy area or organisation.
    if (saved.changedPublicContent) await bumpContentRevision(tx);
    return { ...saved, status: current.status, unchanged: false };
  });
}

/**
 * Creates a case from the editor as a draft (one transaction, first revision). A new city or policy area
 * needs the right to manage them; an existing case for the same city, policy area and focus is never replaced.
 */
export async function createCase(by: Actor | null, document: CaseDocument, { message = "" } = {}) {
  return getDb().transaction(async (tx) => {
    const place = await placeIdsOf(tx, document);
    assertMayChoose(by, "cases:create", place.cityId, place.policyAreaId !== undefined);
    await assertAddressFree(tx, document, place);
    const saved = await writeCase(tx, { ...withEditorsNoteOf(by, document, ""), status: "draft" }, { by, message, source: "editor" });
    if (saved.changedPublicContent) await bumpContentRevision(tx);
    return saved;
  });
}

/**
 * The city and policy area chosen must be ones this person may use: a city editor who chose another city, or a
 * new city or policy area (which only an ekip editor adds), is told so by the field, with the form kept; anyone
 * else without the right gets a 403.
 */
function assertMayChoose(by: Actor | null, permission: "cases:edit" | "cases:create", cityId: number | undefined, areaExists: boolean) {
  if (by?.role === "city_editor") {
    if (cityId === undefined) throw new CaseError("Only an ekip editor adds a city: choose one of your cities", "city.slug");
    if (!can(by, permission, cityId)) throw new CaseError("As a city editor you can choose only your own cities", "city.slug");
    if (!areaExists) throw new CaseError("Only an ekip editor adds a policy area: choose one from the list", "policyArea.slug");
  }
  assertCan(by, permission, cityId);
  if (cityId === undefined || !areaExists) assertCan(by, "catalog:manage");
}

/** A case's slug, and its city, policy area and focus, are its own: refused (not a database error) when another case has them. */
async function assertAddressFree(tx: Transaction, document: CaseDocument, { cityId, policyAreaId }: PlaceIds, caseId?: number) {
  const samePlace = and(eq(cases.cityId, cityId ?? -1), eq(cases.policyAreaId, policyAreaId ?? -1), eq(cases.focus, document.focus ?? ""));
  const taken = await tx.select({ id: cases.id, slug: cases.slug, isSamePlace: sql<boolean>`coalesce(${samePlace}, false)` }).from(cases)
    .where(and(or(eq(cases.slug, document.slug), arrayContains(cases.formerSlugs, [document.slug]), samePlace), caseId === undefined ? undefined : ne(cases.id, caseId)));
  // The same city, policy area and focus first: a document delivered again is that case, whatever its address.
  const same = taken.find((t) => t.isSamePlace);
  if (same) throw new CaseError(`There is already a case for this city and policy area (${same.slug}, at /edit/cases/${same.id}): edit it there, or give this one a focus`, "focus");
  if (taken.length) throw new CaseError(addressTaken(document.slug, taken[0]!.slug), "slug");
}

export type StatusChangeRequest = {
  to: CaseStatus;
  expectedVersion: number;
  /** The status the person's page showed: a change from another one is refused (someone moved the case meanwhile). */
  expectedStatus?: CaseStatus;
  /** Kept with the change, in the case's history; the reason, when publishing despite serious problems. */
  note?: string;
  /** Publish despite serious problems, on purpose (with the reason in the note): without it they block publishing. */
  waive?: boolean;
};

/**
 * Moves a case through draft -> in review -> published -> archived (and back to draft). Publishing is
 * refused while serious quality problems remain, unless they are waived with a reason (kept with the change).
 */
export async function setCaseStatus(by: Actor | null, caseId: number, request: StatusChangeRequest, known: { cities: string[]; policyAreas: string[] }) {
  const { to, expectedVersion, expectedStatus, waive = false } = request;
  const note = request.note?.trim() ?? "";
  return getDb().transaction(async (tx) => {
    const current = await lockCase(tx, caseId);
    const transition = TRANSITIONS[to];
    assertCan(by, transition.permission, current.cityId);
    if (expectedStatus && current.status !== expectedStatus) throw new CaseError(current.status === to ? notAllowedFrom(current.status, to) : movedMeanwhile(expectedStatus, current.status));
    if (!transition.from.includes(current.status)) throw new CaseError(notAllowedFrom(current.status, to));
    if (current.version !== expectedVersion) throw new StaleCaseError(current.version);
    let waived: QualityProblem[] = [];
    if (to === "published") {
      const document = toCaseDocument((await findCaseRow(tx, eq(cases.id, caseId)))!);
      const serious = seriousProblems(document, known);
      if (serious.length && !(waive && note)) throw new QualityGateError(serious);
      waived = serious;
      await fillCatalogFromCase(tx, document, by);
    }
    if (current.status === "published" && to !== "published") await takeBackCatalogText(tx, caseId, by);
    const now = new Date();
    await tx.update(cases)
      // A case published again keeps the time it was first published: its citations' year, and the feed's.
      .set({ status: to, updatedAt: now, ...(to === "published" ? { publishedAt: sql`coalesce(${cases.publishedAt}, ${now.toISOString()}::timestamptz)` } : {}) })
      .where(and(eq(cases.id, caseId), eq(cases.version, expectedVersion)));
    await bumpContentRevision(tx);
    await recordStatusChange(tx, {
      caseId, slug: current.slug, version: current.version, from: current.status, to, note, waived: waived.map((p) => p.message), by,
    });
  });
}

function movedMeanwhile(shown: CaseStatus, status: CaseStatus): string {
  return `Someone changed the status of this case since your page showed it as ${STATUS_LABELS[shown].toLowerCase()}: it is ${caseIs(status)} now. Nothing was changed.`;
}

function notAllowedFrom(status: CaseStatus, to: CaseStatus): string {
  if (status === to) return `This case is ${caseIs(status)} already. Nothing was changed.`;
  return `This case is ${caseIs(status)} now, so it cannot be moved to ${STATUS_LABELS[to].toLowerCase()}. Nothing was changed.`;
}

export class QualityGateError extends Error {
  constructor(readonly problems: QualityProblem[]) {
    super(`Publishing is blocked by ${countOf(problems.length, "serious problem")}; fix them or waive them with a reason`);
  }
}

/** A save of a published case refused for the serious problems it would newly put on the public page (`waived` without a reason). */
export class PublishedSaveGateError extends Error {
  constructor(readonly problems: QualityProblem[], readonly waived: boolean) {
    super(`This save would put ${countOf(problems.length, "new serious problem")} on the public page`);
  }
}

/** The revisions of a case, newest first: for its history. */
export async function listRevisions(by: Actor | null, caseId: number) {
  const [row] = await getDb().select({ cityId: cases.cityId }).from(cases).where(eq(cases.id, caseId));
  if (!row) return [];
  assertCan(by, "cases:edit", row.cityId);
  return getDb()
    .select({ version: caseRevisions.version, message: caseRevisions.message, authorEmail: caseRevisions.authorEmail, createdAt: caseRevisions.createdAt, document: caseRevisions.document })
    .from(caseRevisions).where(eq(caseRevisions.caseId, caseId)).orderBy(desc(caseRevisions.version));
}
