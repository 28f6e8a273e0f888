import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { CaseDocument } from "@/lib/case/schema";
import { getDb } from "./client";
import { caseBySlug, findCaseRow, toCaseDocument } from "./case-document";
import { writeCase, type SavedCase } from "./case-writes";
import { cases, cities, policyAreas } from "./schema";

export type PublishedCase = CaseDocument & { status: "published"; updatedAt: string; version: number };

/** A published case, whole; null for an unknown slug or a case that is not published. */
export async function getPublishedCase(slug: string): Promise<PublishedCase | null> {
  const row = await findCaseRow(getDb(), and(caseBySlug(slug), eq(cases.status, "published"))!);
  return row ? (toCaseDocument(row) as PublishedCase) : null;
}

/** A case in any status, whole: for export and for the people who edit it. */
export async function getCaseDocument(slug: string): Promise<CaseDocument | null> {
  const row = await findCaseRow(getDb(), caseBySlug(slug));
  return row ? toCaseDocument(row) : null;
}

export async function listPublishedCases() {
  return getDb()
    .select({
      slug: cases.slug, title: cases.title, updatedAt: cases.updatedAt,
      cityName: cities.name, countryName: cities.countryName, policyAreaName: policyAreas.name,
    })
    .from(cases)
    .innerJoin(cities, eq(cities.id, cases.cityId))
    .innerJoin(policyAreas, eq(policyAreas.id, cases.policyAreaId))
    .where(eq(cases.status, "published"))
    .orderBy(desc(cases.updatedAt), cases.slug);
}

/** Imports a batch of cases in one transaction: all are written, or none. */
export async function importCases(documents: CaseDocument[], options: { publish?: boolean } = {}): Promise<SavedCase[]> {
  return getDb().transaction(async (tx) => {
    const saved: SavedCase[] = [];
    for (const document of documents) saved.push(await writeCase(tx, document, options));
    return saved;
  });
}

export async function countCases(): Promise<number> {
  return getDb().$count(cases);
}
