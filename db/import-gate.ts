import "server-only";
import { desc, eq } from "drizzle-orm";
import type { CaseDocument } from "@/lib/case/schema";
import { countOf, dayOf } from "@/lib/plain-text";
import { newSeriousProblems, seriousProblems } from "@/lib/quality/check-case";
import type { KnownPlaces, QualityProblem } from "@/lib/quality/types";
import { caseRevisions, cities, policyAreas } from "./schema";
import type { Transaction } from "./transaction";

/**
 * The command line's import, gated as the editor is (decision 0023): over a published case it is refused when it
 * would put serious problems on the public page that the case has not already (as a save of it), and with `--publish`
 * while the case has serious problems (as publishing), unless a reason is given to go ahead (`reason`).
 */
export type ImportGate = { known: KnownPlaces; cityNames: Map<string, string>; areaNames: Map<string, string>; reason?: string };

/** The last save of a case in the editor, when no import has written it since: what an import would replace. */
export type EditorSave = { version: number; by: string | null; at: Date };

/**
 * What the gate says of one document: the problems it would put on a public page, whether that page is there
 * already, and the editor's save it would replace.
 */
export type GateVerdict = { slug: string; problems: QualityProblem[]; wasPublished: boolean; replaces?: EditorSave };

/** Why a document was refused, a line to a reason. */
export function refusalsOf(v: GateVerdict): string[] {
  const problems = !v.problems.length ? [] : [v.wasPublished
    ? `importing ${v.slug} would put ${countOf(v.problems.length, "new serious problem")} on its public page`
    : `${v.slug} cannot be published with ${countOf(v.problems.length, "serious problem")}`];
  const edits = v.replaces ? [`${v.slug} was saved in the editor since it was last imported (version ${v.replaces.version}, by ${v.replaces.by ?? "someone"}, ${dayOf(v.replaces.at)}): importing would replace what was saved there`] : [];
  return [...problems, ...edits];
}

/** The documents of a batch refused, each with its place in the batch, so that its file is named. */
export class ImportGateError extends Error {
  constructor(readonly refused: Array<GateVerdict & { position: number }>) {
    super(refused.flatMap(refusalsOf).join("; "));
  }
}

/**
 * The gate for a batch: the cities and policy areas known, with those the batch brings (one of its cases may name
 * another's), and the catalog's names of those it has, which a write keeps whatever the document spells.
 */
export async function openImportGate(tx: Transaction, documents: CaseDocument[], reason?: string): Promise<ImportGate> {
  // Every city and policy area, read once: their names are what the checks look for, by slug what a write keeps.
  const cityNames = new Map((await tx.select({ slug: cities.slug, name: cities.name }).from(cities)).map((c) => [c.slug, c.name]));
  const areaNames = new Map((await tx.select({ slug: policyAreas.slug, name: policyAreas.name }).from(policyAreas)).map((a) => [a.slug, a.name]));
  const newCities = documents.filter((d) => !cityNames.has(d.city.slug)).map((d) => d.city.name);
  const newAreas = documents.filter((d) => !areaNames.has(d.policyArea.slug)).map((d) => d.policyArea.name);
  return {
    known: { cities: [...new Set([...cityNames.values(), ...newCities])], policyAreas: [...new Set([...areaNames.values(), ...newAreas])] },
    cityNames, areaNames, reason,
  };
}

/** The serious problems importing `document` over `stored` (or as a new case) would put on a public page. */
export function judgeImport(document: CaseDocument, stored: CaseDocument | undefined, publish: boolean, gate: ImportGate): GateVerdict {
  const written = {
    ...document,
    city: { ...document.city, name: gate.cityNames.get(document.city.slug) ?? document.city.name },
    policyArea: { ...document.policyArea, name: gate.areaNames.get(document.policyArea.slug) ?? document.policyArea.name },
  };
  const wasPublished = stored?.status === "published";
  const problems = wasPublished ? newSeriousProblems(stored, written, gate.known) : publish ? seriousProblems(written, gate.known) : [];
  return { slug: document.slug, problems, wasPublished };
}

/**
 * The case's last version, when a person saved it (in the editor: a save, a restore, a case started there): its
 * revision names them by their email address, where the seed and the command line are not people. Versions written
 * since by the command line that hold the same text (an import of what they saved, published) replaced nothing of it.
 * Read from the revisions, which a dump carries, not from the audit log, which it need not.
 */
export async function lastSavedInEditor(tx: Transaction, caseId: number): Promise<EditorSave | undefined> {
  const revisions = await tx.select({ version: caseRevisions.version, by: caseRevisions.authorEmail, at: caseRevisions.createdAt, document: caseRevisions.document })
    .from(caseRevisions).where(eq(caseRevisions.caseId, caseId)).orderBy(desc(caseRevisions.version)).limit(LOOKED_BACK);
  for (const [i, revision] of revisions.entries()) {
    if (revision.by?.includes("@")) return { version: revision.version, by: revision.by, at: revision.at };
    const before = revisions[i + 1];
    if (!before || JSON.stringify(before.document) !== JSON.stringify(revision.document)) return undefined;
  }
  return undefined;
}

/** How many versions back the same text is followed: a few imports of one text in a row at most. */
const LOOKED_BACK = 10;
