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
