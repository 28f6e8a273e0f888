import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { assertCan, type Actor } from "@/lib/auth/roles";
import { caseDocumentSchema, type CaseDocument, type CaseStatus } from "@/lib/case/schema";
import type { RevisionContent } from "@/lib/history/revision-sections";
import type { KnownPlaces } from "@/lib/quality/types";
import { CaseError, saveCase } from "./case-editing";
import { getDb } from "./client";
import { caseRevisions, cases, cities, policyAreas } from "./schema";
import { listStatusChanges } from "./status-changes";

/**
 * A case, its revisions without their content and its status changes, newest first: for its history. Each revision
 * says whether it holds what the case holds now (one restored, or saved back to as it was): nothing to restore.
 * Null when there is no such case.
 */
export async function getCaseHistory(by: Actor | null, caseId: number) {
  const found = await findHistoryCase(by, caseId);
  if (!found) return null;
  const [revisions, statusChanges] = await Promise.all([
    getDb().select({ version: caseRevisions.version, message: caseRevisions.message, authorEmail: caseRevisions.authorEmail, createdAt: caseRevisions.createdAt, isCurrentContent: holdsCurrentContent(caseId, found.version) })
      .from(caseRevisions).where(eq(caseRevisions.caseId, caseId)).orderBy(desc(caseRevisions.version)),
    listStatusChanges(caseId),
  ]);
  return { case: found, revisions, statusChanges };
}

/** One revision of a case, without its content, and the case: for the page that restores it. Null when either is not there. */
export async function getCaseRevision(by: Actor | null, caseId: number, version: number) {
  const found = await findHistoryCase(by, caseId);
  if (!found) return null;
  const [revision] = await getDb().select({ version: caseRevisions.version, message: caseRevisions.message, authorEmail: caseRevisions.authorEmail, createdAt: caseRevisions.createdAt })
    .from(caseRevisions).where(and(eq(caseRevisions.caseId, caseId), eq(caseRevisions.version, version)));
  return revision ? { case: found, revision } : null;
}

/** The case a history is of, as its pages name it; refused to anyone who may not edit it. */
async function findHistoryCase(by: Actor | null, caseId: number) {
  const [found] = await getDb()
    .select({ id: cases.id, slug: cases.slug, status: cases.status, version: cases.version, cityId: cases.cityId, cityName: cities.name, policyAreaName: policyAreas.name, focus: cases.focus })
    .from(cases).innerJoin(cities, eq(cities.id, cases.cityId)).innerJoin(policyAreas, eq(policyAreas.id, cases.policyAreaId))
    .where(eq(cases.id, caseId));
  if (found) assertCan(by, "cases:edit", found.cityId);
  return found ?? null;
}

/** jsonb's equality: the same fields and values, whatever their order. */
const holdsCurrentContent = (caseId: number, version: number) =>
  sql<boolean>`${caseRevisions.document} = (select document from ${caseRevisions} where case_id = ${caseId} and version = ${version})`.mapWith(Boolean);

/** The content of some revisions of a case, by version; a version the case does not have is left out. */
export async function getRevisionContents(by: Actor | null, caseId: number, versions: number[]): Promise<Map<number, RevisionContent>> {
  const [found] = await getDb().select({ cityId: cases.cityId }).from(cases).where(eq(cases.id, caseId));
  if (!found) return new Map();
  assertCan(by, "cases:edit", found.cityId);
  const rows = await getDb().select({ version: caseRevisions.version, document: caseRevisions.document }).from(caseRevisions)
    .where(and(eq(caseRevisions.caseId, caseId), inArray(caseRevisions.version, versions)));
  return new Map(rows.map((r) => [r.version, revisionContent(r.version, r.document)]));
}

/** A revision's content; null when it no longer fits the case format (stored as it was valid when saved, checked again since the format may have moved on). */
export function storedRevision(document: unknown): CaseDocument | null {
  const parsed = caseDocumentSchema.safeParse(document);
  return parsed.success ? parsed.data : null;
}

function revisionContent(version: number, document: unknown): RevisionContent {
  const content = storedRevision(document);
  if (!content) throw new CaseError(`Version ${version} no longer fits the case format, so it cannot be shown or restored`);
  return content;
}

/** What a restore is asked with: why (kept in the revision's message), and whether new serious problems are waived for that reason. */
export type RestoreRequest = { version: number; expectedVersion: number; expectedStatus?: CaseStatus; reason?: string; waive?: boolean };

/**
 * Saves an earlier revision's content as the newest revision. Like any save it is refused when the case changed
 * since `expectedVersion`, or when the person may not edit the case; the case keeps its status. With `known` (the
 * history's restore), a published case's restore that would put new serious problems on its public page is refused
 * unless they are waived with a reason, as a save's are.
 */
export async function restoreRevision(by: Actor | null, caseId: number, { version, expectedVersion, expectedStatus, reason = "", waive = false }: RestoreRequest, known?: KnownPlaces) {
  const content = (await getRevisionContents(by, caseId, [version])).get(version);
  if (!content) throw new CaseError(`This case has no version ${version}`);
  const why = reason.trim();
  const gate = known ? { known, waive: waive && !!why } : undefined;
  const message = `Restored version ${version}${why ? `: ${why}` : ""}`;
  return saveCase(by, caseId, content, { expectedVersion, expectedStatus, message, restoredFrom: version, gate });
}
