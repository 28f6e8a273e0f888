import "server-only";
import { and, desc, eq, like, sql, type SQL } from "drizzle-orm";
import type { AuditAction } from "@/lib/audit/actions";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "@/lib/audit/audit-filters";
import type { Actor } from "@/lib/auth/roles";
import { assertCan } from "@/lib/auth/roles";
import { getDb, type Database } from "./client";
import { auditLog } from "./schema";
import type { Transaction } from "./transaction";

export type AuditEntry = {
  by: Pick<Actor, "id" | "email" | "address"> | { id: null; email: string; address?: undefined } | null;
  action: AuditAction;
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

/** An action ending in "." (`case.`) is every action of that kind. */
function auditWhere({ who, action, subject }: Omit<AuditFilters, "page">): SQL | undefined {
  return and(
    who ? sql`lower(${auditLog.actorEmail}) = ${who}` : undefined,
    action ? (action.endsWith(".") ? like(auditLog.action, `${action.replaceAll("_", "\\_")}%`) : eq(auditLog.action, action)) : undefined,
    subject ? eq(auditLog.subject, subject) : undefined,
  );
}

/** One page of the log, newest first, narrowed by the filters; with how many entries match in all. */
export async function listAudit(by: Actor | null, { page = 1, ...filters }: Partial<AuditFilters> = {}) {
  assertCan(by, "audit:read");
  const where = auditWhere(filters);
  const [rows, [total]] = await Promise.all([
    getDb().select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(AUDIT_PAGE_SIZE).offset((page - 1) * AUDIT_PAGE_SIZE),
    getDb().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: AUDIT_PAGE_SIZE };
}

/** Every kind of action the log holds, for the filter's list. */
export async function listAuditActions(by: Actor | null): Promise<string[]> {
  assertCan(by, "audit:read");
  const rows = await getDb().selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
