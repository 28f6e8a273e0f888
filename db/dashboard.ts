import "server-only";
import { and, desc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { ForbiddenError, can, type Actor } from "@/lib/auth/roles";
import type { CaseStatus } from "@/lib/case/schema";
import { caseName } from "@/lib/case/case-name";
import { getDb } from "./client";
import { auditLog, cases, cities, policyAreas, users } from "./schema";

export type DashboardFilters = { status?: CaseStatus; city?: string; policyArea?: string };
export type DashboardCase = {
  id: number; slug: string; status: CaseStatus; version: number; updatedAt: Date; isSample: boolean;
  cityName: string; citySlug: string; policyAreaName: string; policyAreaSlug: string; focus: string;
};

/** The cases this person may edit (a city editor: their cities'), newest change first, with counts by status. */
export async function listDashboardCases(by: Actor | null, filters: DashboardFilters): Promise<{ cases: DashboardCase[]; byStatus: Record<CaseStatus, number> }> {
  if (!by || !can(by, "cases:edit", by.cityIds[0])) throw new ForbiddenError();
  const mine: SQL = by.role === "city_editor" ? inArray(cases.cityId, by.cityIds.length ? by.cityIds : [-1]) : sql`true`;
  const where = and(
    mine,
    filters.status ? eq(cases.status, filters.status) : undefined,
    filters.city ? eq(cities.slug, filters.city) : undefined,
    filters.policyArea ? eq(policyAreas.slug, filters.policyArea) : undefined,
  );
  const db = getDb();
  const [rows, counts] = await Promise.all([
    db.select({
      id: cases.id, slug: cases.slug, status: cases.status, version: cases.version, updatedAt: cases.updatedAt, isSample: cases.isSample, focus: cases.focus,
      cityName: cities.name, citySlug: cities.slug, policyAreaName: policyAreas.name, policyAreaSlug: policyAreas.slug,
    }).from(cases).innerJoin(cities, eq(cities.id, cases.cityId)).innerJoin(policyAreas, eq(policyAreas.id, cases.policyAreaId))
      .where(where).orderBy(desc(cases.updatedAt)),
    db.select({ status: cases.status, n: sql<number>`count(*)::int` }).from(cases).where(mine).groupBy(cases.status),
  ]);
  const byStatus = { draft: 0, in_review: 0, published: 0, archived: 0 };
  for (const c of counts) byStatus[c.status] = c.n;
  return { cases: rows, byStatus };
}

/** How many changes the dashboard lists: the latest on a first visit, and since the last look after. */
export const CHANGES_LISTED = { first: 20, sinceSeen: 200 };

export type CaseChange = { at: Date; by: string | null; action: string; caseId: number; caseName: string; details: Record<string, unknown> };

/**
 * What others did to the cases this person may edit since they last marked the changes as seen (the latest
 * 20 on a first visit): saves, new cases and changes of status, newest first.
 */
export async function listChangesSinceSeen(by: Actor | null): Promise<{ seenAt: Date | null; readAt: Date; changes: CaseChange[]; /** More than listed. */ hasMore: boolean }> {
  if (!by || !can(by, "cases:edit", by.cityIds[0])) throw new ForbiddenError();
  const db = getDb();
  // The database's time, as the audit log's: an app server's clock may be off.
  const [clock] = await db.execute<{ now: string | Date }>(sql`select now() as now`);
  const readAt = new Date(clock!.now);
  const [me] = await db.select({ seenAt: users.changesSeenAt }).from(users).where(eq(users.id, by.id));
  const seenAt = me?.seenAt ?? null;
  const limit = seenAt ? CHANGES_LISTED.sinceSeen : CHANGES_LISTED.first;
  const changes = await db.select({
    at: auditLog.at, by: auditLog.actorEmail, action: auditLog.action, details: auditLog.details,
    caseId: cases.id, cityName: cities.name, policyAreaName: policyAreas.name, focus: cases.focus,
  }).from(auditLog)
    .innerJoin(cases, eq(cases.slug, auditLog.subject)).innerJoin(cities, eq(cities.id, cases.cityId)).innerJoin(policyAreas, eq(policyAreas.id, cases.policyAreaId))
    .where(and(
      inArray(auditLog.action, ["case.created", "case.updated", "case.status_changed"]),
      sql`${auditLog.actorId} is distinct from ${by.id}`,
      seenAt ? gt(auditLog.at, seenAt) : undefined,
      by.role === "city_editor" ? inArray(cases.cityId, by.cityIds.length ? by.cityIds : [-1]) : undefined,
    ))
    .orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit + 1);
  return {
    seenAt, readAt, hasMore: changes.length > limit,
    changes: changes.slice(0, limit).map(({ cityName, policyAreaName, focus, ...c }) => ({ ...c, caseName: caseName({ cityName, policyAreaName, focus }), details: c.details as Record<string, unknown> })),
  };
}

/**
 * The changes read at `shownAt` are seen (not those made since, which the page did not show), never later than
 * now; the mark never moves back.
 */
export async function markChangesSeen(by: Actor, shownAt: Date): Promise<void> {
  // The database's clock, as the list's and the audit log's.
  const at = sql`least(${shownAt.toISOString()}::timestamptz, now())`;
  await getDb().update(users).set({ changesSeenAt: sql`greatest(${users.changesSeenAt}, ${at})` }).where(eq(users.id, by.id));
}
