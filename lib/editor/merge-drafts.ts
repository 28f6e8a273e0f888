import { isDeepStrictEqual } from "node:util";
import { linkedAs } from "../case/people-links";
import type { CaseDocument, Finding } from "../case/schema";
import { mergeValues, mergeWhole } from "./merge-values";

/**
 * `whole`: merged as one value, never field by field (a city's slug and name belong together).
 * `positional`: findings, whose numbers the editor keeps in order (1, 2, 3...) as they are moved.
 */
type Part = { label: string; get: (c: CaseDocument) => unknown; put: (c: CaseDocument, value: unknown) => void; whole?: boolean; positional?: boolean };

const top = <K extends keyof CaseDocument>(key: K, label: string, whole = false): Part => ({ label, whole, get: (c) => c[key], put: (c, value) => { c[key] = value as CaseDocument[K]; } });
const portfolio = <K extends keyof CaseDocument["portfolio"]>(key: K, label: string): Part => ({
  label, get: (c) => c.portfolio[key], put: (c, value) => { c.portfolio[key] = value as CaseDocument["portfolio"][K]; },
});
const findings = (part: "summary" | "findings", kind: "conclusions" | "recommendations", label: string): Part => ({
  label, positional: true, get: (c) => c[part][kind], put: (c, value) => { c[part][kind] = value as Finding[]; },
});

/** The parts two people can change independently: a change to one never overwrites another. */
const PARTS: Part[] = [
  top("city", "City", true), top("policyArea", "Policy area", true), top("focus", "Focus"), top("title", "Title"), top("workshopDate", "Workshop date"), top("editorsNote", "Editors’ note"),
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
  const [b, m, t] = [unlinked(base), unlinked(mine), unlinked(theirs)];
  for (const part of PARTS) {
    const merged = part.positional ? mergeFindings(part.get(b) as Finding[], part.get(m) as Finding[], part.get(t) as Finding[]) : (part.whole ? mergeWhole : mergeValues)(part.get(b), part.get(m), part.get(t));
    part.put(draft, structuredClone(merged.value));
    if (merged.tookTheirs) takenFromTheirs.push(isDeepStrictEqual(part.get(b), part.get(m)) ? part.label : `${part.label} (beside your changes)`);
    if (merged.clashed) changedByBoth.push(part.label);
  }
  return { draft: relinked(draft, [theirs, mine]), takenFromTheirs, changedByBoth };
}

/**
 * Findings numbered by their place are merged without their numbers (a move renumbers every finding between,
 * which would read as changes to all of them) and numbered again; numbered otherwise, as they are.
 */
function mergeFindings(base: Finding[], mine: Finding[], theirs: Finding[]) {
  const inOrder = (list: Finding[]) => list.every((f, i) => f.number === i + 1);
  if (![base, mine, theirs].every(inOrder)) return mergeValues(base, mine, theirs);
  const unnumbered = (list: Finding[]) => list.map(({ number: _, ...f }) => f);
  const merged = mergeValues(unnumbered(base), unnumbered(mine), unnumbered(theirs));
  return { ...merged, value: merged.value.map((f, i) => ({ number: i + 1, ...f })) };
}

type Person = { name: string; actor: string | null };

/**
 * People's links to organisations are set by a save, and a revision keeps them as posted, before that
 * (`linkedAs`): the merge compares names alone, then links each name as theirs or mine do.
 */
function unlinked(c: CaseDocument): CaseDocument {
  const bare = <P extends Person>(p: P): P => ({ ...p, actor: null });
  return { ...c, participants: c.participants.map(bare), portfolio: { ...c.portfolio, stakeholders: c.portfolio.stakeholders.map(bare) } };
}

function relinked(draft: CaseDocument, from: CaseDocument[]): CaseDocument {
  return {
    ...draft,
    participants: linkedAs(draft.participants, from.flatMap((c) => c.participants)),
    portfolio: { ...draft.portfolio, stakeholders: linkedAs(draft.portfolio.stakeholders, from.flatMap((c) => c.portfolio.stakeholders)) },
  };
}
