import type { SectionKey } from "../case/schema";

export type QualityCheck =
  | "other-place"
  | "empty-section"
  | "numbering-gap"
  | "missing-facet"
  | "duplicate-actor"
  | "stakeholder-not-in-inventory"
  | "lost-accents"
  | "workshop-date";

/** Serious problems block publishing until fixed or waived with a reason; warnings only inform. */
export type QualityProblem = {
  check: QualityCheck;
  severity: "serious" | "warning";
  section: SectionKey;
  message: string;
};

/** The cities and policy areas the knowledge bank knows: a case naming another one than its own is suspect. */
export type KnownPlaces = { cities: string[]; policyAreas: string[] };
