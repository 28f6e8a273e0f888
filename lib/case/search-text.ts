import { findingLine } from "./findings";
import { FACET_LABELS, FACETS, STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type CaseDocument, type Facet, type StakeholderCategory } from "./schema";

/**
 * Which rules wrote a case's search texts. Raise it with every change to what caseSearchTitle or caseSearchBody
 * write: the texts of cases written under another number are made again at the next start or migration
 * (db/search-texts.ts). A unit test fails when the delivered case's texts change and this number does not.
 * 1: the methods used are searched.
 * 2: the portfolio's stakeholders one line to a category, and an inventory row as a sentence, so snippets read.
 * 3: the methods by their names only: their descriptions are the same in every case, so their words ("Lund",
 *    "open", "tracking") found every case.
 * 4: the names' words joined by an apostrophe also as one word (USE'IN as USEIN).
 */
export const SEARCH_TEXT_VERSION = 4;

/** A case's search texts and the version of the rules that wrote them: the three columns are written together. */
export function caseSearchTexts(c: CaseDocument) {
  return { searchTitle: caseSearchTitle(c), searchBody: caseSearchBody(c), searchTextVersion: SEARCH_TEXT_VERSION };
}

/** The texts full-text search ranks highest: what the case is. */
export function caseSearchTitle(c: CaseDocument): string {
  return [c.city.name, c.city.country.name, c.policyArea.name, c.title, c.focus, c.portfolio.title].filter(Boolean).join("\n");
}

/**
 * Every other text of the case, in reading order, one part to a line. A snippet runs lines together, so each
 * line ends as a sentence does (a full stop where it has no mark of its own): "… Studios. Organisations: …".
 */
export function caseSearchBody(c: CaseDocument): string {
  const findings = [c.summary, c.findings].flatMap((f) => [...f.conclusions, ...f.recommendations]).map((f) => findingLine(f));
  return [
    c.policyAreaIntro, c.cityIntro,
    ...c.participants.map((p) => p.name),
    c.context, c.selectedFocus, c.ecosystem, c.portfolio.scope, c.portfolio.coordinator,
    ...STAKEHOLDER_CATEGORIES.map((category) => stakeholderLine(c, category)),
    ...[...c.portfolio.challenges, ...c.portfolio.opportunities].flatMap((g) => [g.heading, ...g.items]),
    ...c.inventory.map(inventoryLine),
    c.methods.length ? `Methods used: ${c.methods.map((m) => m.name).join("; ")}` : "",
    ...findings,
    ...c.extraSections.map((s) => `${s.heading}. ${s.body}`),
    namesAsOneWord([...c.participants, ...c.portfolio.stakeholders, ...c.inventory.map((r) => r.actor)].map((n) => n.name)),
  ].filter(Boolean).map(endAsSentence).join("\n");
}

/** A word of a name joined by an apostrophe, two letters or more on each side: "USE'IN", "USE’IN"; not "SME's", "d'Art". */
const JOINED_BY_APOSTROPHE = /\p{L}{2,}(?:['’]\p{L}{2,})+/gu;

/**
 * The names' words joined by an apostrophe, also written as one word ("USEIN"): the search reads an apostrophe as a
 * space (USE'IN is "use" and the stop word "in", so "usein" found nothing), where /actors, reading a name's letters,
 * finds it either way. Two letters on each side, or every French "d'" and "l'" would make a word ("dart").
 */
export function namesAsOneWord(names: string[]): string {
  const words = new Set(names.flatMap((name) => name.match(JOINED_BY_APOSTROPHE) ?? []).map((word) => word.replace(/['’]/g, "")));
  return words.size ? `Names also written as one word: ${[...words].join("; ")}` : "";
}

/** "Companies and businesses: VIDEOFORMES; Angel Corp; LightLab.io": a snippet names the category once, not before each name. */
function stakeholderLine(c: CaseDocument, category: StakeholderCategory): string {
  const names = c.portfolio.stakeholders.filter((s) => s.category === category).map((s) => s.name);
  return names.length ? `${STAKEHOLDER_CATEGORY_LABELS[category]}: ${names.join("; ")}` : "";
}

/** "USE'IN (enhancement-oriented, adaptive): Local incubator; Students, SME's, startups; High level on innovation." */
function inventoryLine(r: CaseDocument["inventory"][number]): string {
  const facets = r.facets.map((f) => FACET_LABELS[f].toLowerCase()).join(", ");
  const about = [r.areaOfExpertise, r.targetGroup, r.innovationNote].map((part) => (part ?? "").trim().replace(/[.;,]$/, "")).filter(Boolean).join("; ");
  return `${r.actor.name}${facets ? ` (${facets})` : ""}${about ? `: ${about}` : ""}`;
}

const endAsSentence = (line: string) => (/[.!?:;…]["”’)]*\s*$/.test(line) ? line : `${line.trimEnd()}.`);

/** The OPSI facets its inventory uses, in their usual order: a facet of /cases. */
export function caseFacets(c: CaseDocument): Facet[] {
  const used = new Set(c.inventory.flatMap((r) => r.facets));
  return FACETS.filter((f) => used.has(f));
}

/** The categories of its portfolio's stakeholders, in their usual order: a facet of /cases. */
export function caseStakeholderCategories(c: CaseDocument): StakeholderCategory[] {
  const used = new Set(c.portfolio.stakeholders.map((s) => s.category));
  return STAKEHOLDER_CATEGORIES.filter((s) => used.has(s));
}
