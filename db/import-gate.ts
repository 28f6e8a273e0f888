import "server-only";
import type { CaseDocument } from "@/lib/case/schema";
import { countOf } from "@/lib/plain-text";
import { checkCase, newSeriousProblems } from "@/lib/quality/check-case";
import type { KnownPlaces, QualityProblem } from "@/lib/quality/types";

/**
 * The command line's import, gated as the editor is: over a published case it is refused when it would put serious
 * problems on the public page that the case has not already (as a save of it), and with `--publish` while the case
 * has serious problems (as publishing), unless a reason is given to go ahead (`waive`), kept with the change.
 */
export type ImportGate = { known: KnownPlaces; waive?: string };

export class ImportGateError extends Error {
  constructor(readonly slug: string, readonly problems: QualityProblem[], readonly wasPublished: boolean) {
    super(wasPublished
      ? `it would put ${countOf(problems.length, "new serious problem")} on the public page of ${slug}`
      : `${slug} cannot be published with ${countOf(problems.length, "serious problem")}`);
  }
}

/** The serious problems this import puts on a public page, waived: refused (ImportGateError) when no reason is given. */
export function gateImport(document: CaseDocument, stored: CaseDocument | undefined, publish: boolean, gate: ImportGate): QualityProblem[] {
  const wasPublished = stored?.status === "published";
  const problems = wasPublished ? newSeriousProblems(stored, document, gate.known)
    : publish ? checkCase(document, gate.known).filter((p) => p.severity === "serious") : [];
  if (problems.length && !gate.waive) throw new ImportGateError(document.slug, problems, wasPublished);
  return problems;
}

/** The cities and policy areas known, with those the batch itself brings: one of its cases may name another's. */
export function knownWithBatch(known: KnownPlaces, documents: CaseDocument[]): KnownPlaces {
  return {
    cities: [...new Set([...known.cities, ...documents.map((d) => d.city.name)])],
    policyAreas: [...new Set([...known.policyAreas, ...documents.map((d) => d.policyArea.name)])],
  };
}
