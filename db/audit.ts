import "server-only";
import { desc, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { assertCan } from "@/lib/auth/roles";
import { getDb, type Database } from "./client";
import { auditLog } from "./schema";
import type { Transaction } from "./transaction";

export type AuditEntry = {
  by: Pick<Actor, "id" | "email" | "address"> | { id: null; email: string; address?: undefined } | null;
  action: string;
  subject?: string;
  details?: Record<string, unknown>;
  /** Where the request came from, when no signed-in person carries it (`by.address`): sign-in attempts. */
  ip?: string | null;
};

/** Writes who did what, when: inside the transaction of the change it describes. */
export async function recordAudit(tx: Transaction | Database, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.by?.id ?? null,
    actorEmail: entry.by?.email ?? null,
    action: entry.action,
    subject: entry.subject ?? "",
    details: entry.details ?? {},
    ip: entry.ip ?? entry.by?.address ?? null,
  });
}

export const AUDIT_PAGE_SIZE = 100;

export async function listAudit(by: Actor | null, page = 1) {
  assertCan(by, "audit:read");
  const [rows, [total]] = await Promise.all([
    getDb().select().from(auditLog).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(AUDIT_PAGE_SIZE).offset((page - 1) * AUDIT_PAGE_SIZE),
    getDb().select({ n: sql<number>`count(*)::int` }).from(auditLog),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: AUDIT_PAGE_SIZE };
}
