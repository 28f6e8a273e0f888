import "server-only";
import { inArray, sql } from "drizzle-orm";
import { can, ForbiddenError, type Actor } from "@/lib/auth/roles";
import type { CaseDocument } from "@/lib/case/schema";
import type { KnownPlaces } from "@/lib/quality/types";
import { getDb } from "./client";
import { findCaseRows, toCaseDocument } from "./case-document";
import { cases, cities, policyAreas } from "./schema";

/**
 * Every case the person may edit, in any status, whole, with the cities and policy areas the knowledge
 * bank knows (what the quality checks compare a case's texts with). Three queries.
 */
export async function listCasesToCheck(by: Actor | null): Promise<{ cases: Array<CaseDocument & { id: number }>; known: KnownPlaces }> {
  if (!by || !can(by, "cases:edit", by.cityIds[0])) throw new ForbiddenError();
  const db = getDb();
  const where = by.role === "city_editor" ? inArray(cases.cityId, by.cityIds) : sql`true`;
  const [rows, known] = await Promise.all([findCaseRows(db, where), listKnownPlaces()]);
  return { cases: rows.map((row) => ({ ...toCaseDocument(row), id: row.id })), known };
}

/** The names of every city and policy area: what the quality checks look for in a case's texts. */
export async function listKnownPlaces(): Promise<KnownPlaces> {
  const db = getDb();
  const [cityNames, areaNames] = await Promise.all([
    db.select({ name: cities.name }).from(cities),
    db.select({ name: policyAreas.name }).from(policyAreas),
  ]);
  return { cities: cityNames.map((c) => c.name), policyAreas: areaNames.map((p) => p.name) };
}
