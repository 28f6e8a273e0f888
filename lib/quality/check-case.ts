import type { CaseDocument } from "../case/schema";
import { duplicateActors, emptySections, missingFacets, numberingGaps, otherPlaces, stakeholdersNotInInventory, unlikelyWorkshopDate } from "./checks";
import { lostAccents } from "./lost-accents";
import type { KnownPlaces, QualityProblem } from "./types";

/** Every quality check of a case: serious problems first. `today` for the dates still to come. */
export function checkCase(c: CaseDocument, known: KnownPlaces, today = new Date()): QualityProblem[] {
  const problems = [
    ...otherPlaces(c, known), ...emptySections(c), ...numberingGaps(c), ...missingFacets(c),
    ...duplicateActors(c), ...stakeholdersNotInInventory(c), ...lostAccents(c), ...unlikelyWorkshopDate(c, today),
  ];
  return problems.sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
}

export const blocksPublishing = (problems: QualityProblem[]) => problems.some((p) => p.severity === "serious");

/** The problems that block publishing, unless waived with a reason. */
export const seriousProblems = (c: CaseDocument, known: KnownPlaces) => checkCase(c, known).filter((p) => p.severity === "serious");

/**
 * The serious problems `after` has that `before` had not (the same check saying the same thing): what a save of a
 * published case would newly put on its public page.
 */
export function newSeriousProblems(before: CaseDocument, after: CaseDocument, known: KnownPlaces): QualityProblem[] {
  const key = (p: QualityProblem) => `${p.check}\u0000${p.message}`;
  const had = new Set(seriousProblems(before, known).map(key));
  return seriousProblems(after, known).filter((p) => !had.has(key(p)));
}
