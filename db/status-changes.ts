import "server-only";
import { desc, eq } from "drizzle-orm";
import type { CaseStatus } from "@/lib/case/schema";
import { recordAudit, type AuditEntry } from "./audit";
import { getDb } from "./client";
import { caseStatusChanges } from "./schema";
import type { Transaction } from "./transaction";

export type StatusChange = {
  id: number; version: number; from: CaseStatus; to: CaseStatus; note: string; waived: string[]; authorEmail: string | null; createdAt: Date;
};
type Recorded = { caseId: number; slug: string; version: number; from: CaseStatus; to: CaseStatus; note?: string; waived?: string[]; by: AuditEntry["by"] };

/** A change of status, in the case's history and in the audit log, inside the transaction that makes it. */
export async function recordStatusChange(tx: Transaction, { caseId, slug, version, from, to, note = "", waived = [], by }: Recorded): Promise<void> {
  await tx.insert(caseStatusChanges).values({ caseId, version, fromStatus: from, toStatus: to, note, waived, authorId: by?.id ?? null, authorEmail: by?.email ?? null });
  // The audit log has said `waiver` for the reason given to publish despite serious problems since it began.
  const said = waived.length ? { waiver: note, waived } : note ? { note } : {};
  await recordAudit(tx, { by, action: "case.status_changed", subject: slug, details: { from, to, version, ...said } });
}

const columns = {
  id: caseStatusChanges.id, version: caseStatusChanges.version, from: caseStatusChanges.fromStatus, to: caseStatusChanges.toStatus, note: caseStatusChanges.note,
  waived: caseStatusChanges.waived, authorEmail: caseStatusChanges.authorEmail, createdAt: caseStatusChanges.createdAt,
};

/**
 * The status changes of a case, newest first: in the order their ids give (a sequence, under the case's lock), which
 * is the order they were made in; two transactions' start times, which `createdAt` holds, need not be.
 */
export async function listStatusChanges(caseId: number, limit?: number): Promise<StatusChange[]> {
  const query = getDb().select(columns).from(caseStatusChanges).where(eq(caseStatusChanges.caseId, caseId))
    .orderBy(desc(caseStatusChanges.id));
  return limit ? query.limit(limit) : query;
}
