import { isDeepStrictEqual } from "node:util";
import type { CaseDocument } from "../case/schema";
import { mergeValues, mergeWhole } from "./merge-values";

/** `whole`: merged as one value, never field by field (a city's slug and name belong together). */
type Part = { label: string; get: (c: CaseDocument) => unknown; put: (c: CaseDocument, value: unknown) => void; whole?: boolean };

const top = <K extends keyof CaseDocument>(key: K, label: string, whole = false): Part => ({ label, whole, get: (c) => c[key], put: (c, value) => { c[key] = value as CaseDocument[K]; } });
const portfolio = <K extends keyof CaseDocument["portfolio"]>(key: K, label: string): Part => ({
  label, get: (c) => c.portfolio[key], put: (c, value) => { c.portfolio[key] = value as CaseDocument["portfolio"][K]; },
});
const findings = (part: "summary" | "findings", kind: "conclusions" | "recommendations", label: string): Part => ({
  label, get: (c) => c[part][kind], put: (c, value) => { c[part][kind] = value as CaseDocument["summary"]["conclusions"]; },
});

/** The parts two people can change independently: a change to one never overwrites another. */
const PARTS: Part[] = [
  top("city", "City", true), top("policyArea", "Policy area", true), top("focus", "Focus"), top("title", "Title"), top("workshopDate", "Workshop date"),
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
 * only I changed keeps mine; a part we both changed is merged entry by entry and field by field (`mergeValues`),
 * and what we both changed keeps mine, reported so I can compare.
 */
export function mergeDrafts(base: CaseDocument, mine: CaseDocument, theirs: CaseDocument): Merged {
  const draft = structuredClone(mine);
  const takenFromTheirs: string[] = [];
  const changedByBoth: string[] = [];
  for (const part of PARTS) {
    const [was, mineNow] = [part.get(base), part.get(mine)];
    const merged = (part.whole ? mergeWhole : mergeValues)(was, mineNow, part.get(theirs));
    part.put(draft, structuredClone(merged.value));
    if (merged.tookTheirs) takenFromTheirs.push(isDeepStrictEqual(was, mineNow) ? part.label : `${part.label} (beside your changes)`);
    if (merged.clashed) changedByBoth.push(part.label);
  }
  return { draft, takenFromTheirs, changedByBoth };
}
