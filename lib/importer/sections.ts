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

export function classifyHeading(text: string): SectionName | null {
  const name = normaliseHeading(text).replace(NUMBERING, "");
  return HEADINGS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

export const PORTFOLIO_PARTS = new Set<SectionName>(["portfolioTitle", "scope", "stakeholders", "coordinator", "challenges", "opportunities"]);

/** Top-level sections: where extra sections are anchored. */
export type TopSection = "start" | "introduction" | "participants" | "summary" | "context" | "ecosystem" | "portfolio" | "inventory" | "methods" | "findings" | "end";

export function topSectionOf(name: SectionName, current: TopSection): TopSection {
  if (PORTFOLIO_PARTS.has(name)) return "portfolio";
  if (name === "conclusions" || name === "recommendations") return current === "summary" ? "summary" : "findings";
  return name as TopSection;
}
