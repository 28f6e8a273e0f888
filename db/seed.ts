import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { and, eq, notExists, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { CaseDocument } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { getDb } from "./client";
import { countCases, importCases } from "./cases";
import { ensurePartnerCities, takeBackCatalogText } from "./cities";
import { bumpContentRevision } from "./content-revision";
import { cases, cities, inventoryRows, organisations, participants, policyAreas, stakeholders } from "./schema";

export const DELIVERED_CASES_FOLDER = path.join(process.cwd(), "content", "cases");
export const SAMPLE_CASES_FOLDER = path.join(process.cwd(), "content", "samples");
/** ekip's notes on delivered cases (`{slug}.md`), kept apart from the documents, which stay as delivered. */
export const EDITORS_NOTES_FOLDER = path.join(process.cwd(), "content", "editors-notes");

/** The editors' note kept for a case, or none. */
async function editorsNoteOf(slug: string): Promise<string> {
  try {
    return (await readFile(path.join(EDITORS_NOTES_FOLDER, `${slug}.md`), "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw error;
  }
}

async function readFolder(folder: string): Promise<CaseDocument[]> {
  const files = (await readdir(folder)).filter((f) => f.endsWith(".md")).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = parseCaseDocument(await readFile(path.join(folder, file)));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      return { ...parsed.case, editorsNote: await editorsNoteOf(parsed.case.slug) };
    }),
  );
}

/**
 * First start: the partner cities, and on an empty database the delivered cases, published; with
 * `samples` (the embedded demo) the sample cases too.
 */
export async function seedDatabase({ samples = false } = {}): Promise<string[]> {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  if ((await countCases()) > 0) return [];
  const documents = [...(await readFolder(DELIVERED_CASES_FOLDER)), ...(samples ? await readFolder(SAMPLE_CASES_FOLDER) : [])];
  const saved = await importCases(documents, { publish: true });
  return saved.map((s) => s.slug);
}

/** Adds (or refreshes) the sample cases, published and labelled as sample content. */
export async function importSampleCases(): Promise<string[]> {
  const documents = (await readFolder(SAMPLE_CASES_FOLDER)).map((c) => ({ ...c, sample: true }));
  return (await importCases(documents, { publish: true })).map((s) => s.slug);
}

/** Removes every sample case, and the cities, policy areas and organisations only they used. */
export async function removeSampleCases(): Promise<string[]> {
  return getDb().transaction(async (tx) => {
    // What they said about a real city or policy area goes with them, as when a case is taken back.
    const published = await tx.select({ id: cases.id }).from(cases).where(and(eq(cases.isSample, true), eq(cases.status, "published")));
    for (const { id } of published) await takeBackCatalogText(tx, id);
    const removed = await tx.delete(cases).where(eq(cases.isSample, true)).returning({ slug: cases.slug });
    const hasNoCase = (column: AnyPgColumn, id: AnyPgColumn) => notExists(tx.select({ one: sql`1` }).from(cases).where(eq(column, id)));
    await tx.delete(cities).where(and(eq(cities.isSample, true), hasNoCase(cases.cityId, cities.id)));
    await tx.delete(policyAreas).where(and(eq(policyAreas.isSample, true), hasNoCase(cases.policyAreaId, policyAreas.id)));
    const usedBy = (t: typeof inventoryRows | typeof participants | typeof stakeholders) =>
      notExists(tx.select({ one: sql`1` }).from(t).where(eq(t.organisationId, organisations.id)));
    await tx.delete(organisations).where(and(eq(organisations.isSample, true), usedBy(inventoryRows), usedBy(participants), usedBy(stakeholders)));
    if (removed.length) await bumpContentRevision(tx);
    return removed.map((r) => r.slug).sort();
  });
}
