import { isDeepStrictEqual } from "node:util";
import type { CaseDocument } from "../case/schema";

type Part = { label: string; get: (c: CaseDocument) => unknown; set: (c: CaseDocument, from: CaseDocument) => void };

const top = <K extends keyof CaseDocument>(key: K, label: string): Part => ({ label, get: (c) => c[key], set: (c, from) => { c[key] = structuredClone(from[key]); } });
const portfolio = <K extends keyof CaseDocument["portfolio"]>(key: K, label: string): Part => ({
  label, get: (c) => c.portfolio[key], set: (c, from) => { c.portfolio[key] = structuredClone(from.portfolio[key]); },
});
const findings = (part: "summary" | "findings", kind: "conclusions" | "recommendations", label: string): Part => ({
  label, get: (c) => c[part][kind], set: (c, from) => { c[part][kind] = structuredClone(from[part][kind]); },
});

/** The parts two people can change independently: a change to one never overwrites another. */
const PARTS: Part[] = [
  top("city", "City"), top("policyArea", "Policy area"), top("focus", "Focus"), top("title", "Title"), top("workshopDate", "Workshop date"),
  top("sample", "Sample content"), top("introduction", "Introduction"), top("policyAreaIntro", "About the policy area"), top("cityIntro", "About the city"),
  top("participants", "Participants"), findings("summary", "conclusions", "Summary conclusions"), findings("summary", "recommendations", "Summary recommendations"),
  top("context", "Context"), top("selectedFocus", "Selected focus"), top("ecosystem", "Ecosystem"),
  portfolio("title", "Portfolio title"), portfolio("scope", "Scope"), portfolio("coordinator", "Coordinator"), portfolio("stakeholders", "Stakeholders"),
  portfolio("challenges", "Key challenges"), portfolio("opportunities", "Key opportunities"), top("inventory", "Inventory"), top("methods", "Methods"),
  findings("findings", "conclusions", "Conclusions"), findings("findings", "recommendations", "Recommendations"), top("extraSections", "Other sections"),
];

export type Merged = { draft: CaseDocument; takenFromTheirs: string[]; changedByBoth: string[] };

/**
 * Three-way merge, part by part, of what this person typed (mine) with what someone else saved meanwhile
 * (theirs), both started from the same version (base). A part only they changed is taken from theirs; a part
 * only I changed keeps mine; a part we both changed keeps mine, and is reported so I can compare.
 */
export function mergeDrafts(base: CaseDocument, mine: CaseDocument, theirs: CaseDocument): Merged {
  const draft = structuredClone(mine);
  const takenFromTheirs: string[] = [];
  const changedByBoth: string[] = [];
  for (const part of PARTS) {
    const isTheirs = !isDeepStrictEqual(part.get(base), part.get(theirs));
    if (!isTheirs) continue;
    if (isDeepStrictEqual(part.get(base), part.get(mine))) {
      part.set(draft, theirs);
      takenFromTheirs.push(part.label);
    } else if (!isDeepStrictEqual(part.get(mine), part.get(theirs))) changedByBoth.push(part.label);
  }
  return { draft, takenFromTheirs, changedByBoth };
}
