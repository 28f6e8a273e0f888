import { normaliseHeading } from "./text";

/** The parts of a City Case Description, as its headings name them. */
export type SectionName =
  | "introduction"
  | "participants"
  | "summary"
  | "context"
  | "ecosystem"
  | "portfolio"
  | "portfolioTitle"
  | "scope"
  | "stakeholders"
  | "coordinator"
  | "challenges"
  | "opportunities"
  | "inventory"
  | "methods"
  | "findings"
  | "conclusions"
  | "recommendations";

const HEADINGS: Array<[RegExp, SectionName]> = [
  [/^introduc(ing|tion)\b.*(policy area|city)/, "introduction"],
  [/^participants\b/, "participants"],
  [/^main conclusions (and|&) recommendations$/, "summary"],
  [/^(the )?(local )?context$/, "context"],
  [/^(the )?(local )?innovation( support)? ecosystem$/, "ecosystem"],
  [/^(the )?innovation portfolio( case)?$/, "portfolio"],
  [/^(policy innovation portfolio( case)?|portfolio title)$/, "portfolioTitle"],
  [/^(the )?scope$/, "scope"],
  [/^stakeholders( in the portfolio)?$/, "stakeholders"],
  [/^(the )?(coordination|coordinator)$/, "coordinator"],
  [/^key challenges$/, "challenges"],
  [/^key opportunities$/, "opportunities"],
  [/^(the )?inventory( of (local )?actors( and resources)?)?$/, "inventory"],
  [/^(our )?(methods( used)?|methodology)$/, "methods"],
  [/^conclusions (and|&) recommendations$/, "findings"],
  [/^conclusions$/, "conclusions"],
  [/^recommendations$/, "recommendations"],
];

/** "3.", "5.2", "IV." or "b)" before a heading's words: the document's numbering of its parts, not their names. */
const NUMBERING = /^(\d+(\.\d+)*\.?|[ivxlc]+\.|[a-z]\))\s+/;

/** The part a heading names, and how the document numbered it: "5.2 The Scope" is nested, "3. The Context" single. */
export type HeadingName = { name: SectionName; numbering: "none" | "single" | "nested" };

export function classifyHeading(text: string): HeadingName | null {
  const normalised = normaliseHeading(text);
  const numbering = NUMBERING.exec(normalised)?.[0];
  const words = numbering ? normalised.slice(numbering.length) : normalised;
  const name = HEADINGS.find(([pattern]) => pattern.test(words))?.[1];
  if (!name) return null;
  return { name, numbering: !numbering ? "none" : /\d\.\d/.test(numbering) ? "nested" : "single" };
}

/** The parts in a document's order, the portfolio's in its place: "5.4 Coordination" names a part going forward only. */
const ORDER: Array<SectionName | TopSection> = [
  "start", "introduction", "participants", "summary", "context", "ecosystem", "portfolio",
  "portfolioTitle", "scope", "stakeholders", "coordinator", "challenges", "opportunities", "inventory", "methods", "findings",
];

/** Parts whose own headings are numbered too: groups of challenges and opportunities, findings, methods. */
const NUMBERED_WITHIN = new Set<SectionName | TopSection>(["challenges", "opportunities", "summary", "findings", "methods"]);

/**
 * Whether a heading that reads as a part's name opens that part, where the reading is (`top`, and `part` in the
 * portfolio). "Methodology" among the methods is a method's heading, not the part again (which would end the method).
 * A numbered one, within a part whose own headings are numbered, only a part after it: "### 1. Coordination" among
 * the challenges stays a group of them, "#### 2. Coordination." among the conclusions a conclusion. Conclusions and
 * recommendations only numbered as parts of a part ("2.1 Conclusions"): "#### 3. Recommendations" is a conclusion's title.
 */
export function opensPart({ name, numbering }: HeadingName, top: TopSection, part: SectionName | null): boolean {
  if (name === "methods" && top === "methods") return false;
  if (numbering === "none") return true;
  if (name === "conclusions" || name === "recommendations") return numbering === "nested" && (top === "summary" || top === "findings");
  const here = top === "portfolio" && part && PORTFOLIO_PARTS.has(part) ? part : top;
  return !NUMBERED_WITHIN.has(here) || ORDER.indexOf(name) > ORDER.indexOf(here);
}

export const PORTFOLIO_PARTS = new Set<SectionName>(["portfolioTitle", "scope", "stakeholders", "coordinator", "challenges", "opportunities"]);

/** Top-level sections: where extra sections are anchored. */
export type TopSection = "start" | "introduction" | "participants" | "summary" | "context" | "ecosystem" | "portfolio" | "inventory" | "methods" | "findings" | "end";

export function topSectionOf(name: SectionName, current: TopSection): TopSection {
  if (PORTFOLIO_PARTS.has(name)) return "portfolio";
  if (name === "conclusions" || name === "recommendations") return current === "summary" ? "summary" : "findings";
  return name as TopSection;
}
