import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import type { StakeholderCategory } from "../case/schema";
import { collapseSpace, normaliseHeading } from "./text";

const CATEGORIES: Array<[RegExp, StakeholderCategory]> = [
  [/local authorit|municipal|public authorit|government/, "local_authority"],
  [/academ|universit|research|education/, "academia"],
  [/civil society|citizen|communit/, "civil_society"],
  [/compan|business|industr|private sector|enterprise/, "company"],
  [/organi[sz]ation|association|ngo|institution|network/, "organisation"],
  [/^others?$/, "other"],
];

export function stakeholderCategory(label: string): StakeholderCategory | null {
  const normalised = normaliseHeading(label);
  return CATEGORIES.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}

/** "**Local Authorities:** A; B" -> the label and the names (split on ";" when present, else on ","). */
export function stakeholderLine(paragraph: Paragraph): { label: string; names: string[] } | null {
  const first = paragraph.children[0];
  let label: string;
  let rest: string;
  if (first?.type === "strong") {
    label = toString(first);
    rest = toString({ type: "paragraph", children: paragraph.children.slice(1) });
  } else {
    const text = toString(paragraph);
    const colon = text.indexOf(":");
    if (colon <= 0) return null;
    label = text.slice(0, colon);
    rest = text.slice(colon + 1);
  }
  rest = rest.replace(/^\s*:/, "");
  const names = rest.includes(";") ? rest.split(";").map(collapseSpace) : splitOnCommas(rest);
  return { label: collapseSpace(label).replace(/:$/, ""), names: names.filter(Boolean) };
}

// A part that names a unit ("Culture Department") belongs to the organisation before its comma.
const UNIT = /\b(department|dept|office|division|unit|service|faculty|directorate|management)\b/i;

function splitOnCommas(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(",").map(collapseSpace)) {
    if (names.length && UNIT.test(part)) names[names.length - 1] += `, ${part}`;
    else names.push(part);
  }
  return names;
}

/** "The portfolio coordinator is the Cité du design." -> "Cité du design". */
export function coordinatorOf(text: string): string {
  const clean = collapseSpace(text);
  const m = /coordinator is (?:the )?(.+?)\.?$/i.exec(clean);
  return m ? m[1]! : clean;
}

/** A line that opens a group of challenges or opportunities: "Lack of skills:". */
export function isGroupHeadingLine(text: string): boolean {
  return !text.includes("\n") && text.trim().endsWith(":") && text.length <= 120;
}
