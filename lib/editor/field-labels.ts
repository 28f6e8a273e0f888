import type { z } from "zod";

/** Element ids of the editor's fields and controls: "participants.2.name" -> "f-participants-2-name". */
export const fieldId = (key: string) => `f-${key.replace(/[.:]/g, "-")}`;

const TOP: Record<string, string> = {
  slug: "Address (slug)", city: "City", policyArea: "Policy area", focus: "Focus", title: "Title", workshopDate: "Workshop date",
  editorsNote: "Editors’ note", introduction: "Introduction", policyAreaIntro: "About the policy area", cityIntro: "About the city", context: "Context",
  selectedFocus: "Selected focus", ecosystem: "Innovation-support ecosystem", participants: "Participant",
  inventory: "Inventory row", methods: "Method", extraSections: "Other section",
};
const PORTFOLIO: Record<string, string> = {
  title: "Portfolio title", scope: "Scope", coordinator: "Coordinator", stakeholders: "Stakeholder", challenges: "Challenge group", opportunities: "Opportunity group",
};
const PART: Record<string, string> = { summary: "Summary", findings: "Closing" };
const FIELD: Record<string, string> = {
  name: "name", heading: "heading", title: "title", body: "text", number: "number", description: "description", category: "category",
  areaOfExpertise: "area of expertise", targetGroup: "target group", facets: "facets", innovationNote: "note", after: "place", actor: "actor",
};

type Path = ReadonlyArray<PropertyKey>;

function entryLabel(path: Path): [string, Path] {
  const [first, second, third, ...rest] = path.map((p) => (typeof p === "number" ? p : String(p)));
  if (first === "portfolio") {
    const base = PORTFOLIO[String(second)] ?? "Portfolio";
    return typeof third === "number" ? [`${base} ${third + 1}`, rest] : [base, path.slice(2)];
  }
  if (first === "summary" || first === "findings") {
    const kind = second === "conclusions" ? "conclusion" : "recommendation";
    return typeof third === "number" ? [`${PART[first]} ${kind} ${third + 1}`, rest] : [`${PART[first]} ${kind}s`, []];
  }
  const base = TOP[String(first)] ?? String(first);
  return typeof second === "number" ? [`${base} ${second + 1}`, path.slice(2)] : [base, []];
}

/** Where a problem is, in the editor's words: "Participant 3 name", "Challenge group 2, item 1". */
export function fieldLabel(path: Path): string {
  const [base, rest] = entryLabel(path);
  if (rest[0] === "items" && typeof rest[1] === "number") return `${base}, item ${rest[1] + 1}`;
  const field = rest.find((p) => typeof p === "string" && FIELD[p]);
  return field ? `${base} ${FIELD[field as string]}` : base;
}

/** The key of the field a problem belongs to: the list entry's field, or the whole part for city and policy area. */
export function fieldKey(path: Path): string {
  if (path[0] === "city" || path[0] === "policyArea") return `${String(path[0])}.slug`;
  if (isDerivedSlug(path)) return path.slice(0, -1).concat("name").join(".");
  return path.join(".");
}

function sentence(path: Path, issue: z.core.$ZodIssue): string {
  const label = fieldLabel(path);
  if (issue.message === "Required" || (issue.code === "too_small" && issue.origin === "string")) return `${label} is required`;
  if (issue.code === "too_big" && issue.origin === "string") return `${label} must be ${issue.maximum.toLocaleString("en")} characters or fewer`;
  if (issue.code === "too_big") return issue.message;
  // A number field left empty is sent as "" (so is one holding text that is no number): read as NaN.
  if (issue.code === "invalid_type" && issue.expected === "number") return (issue as { received?: string }).received === "NaN" ? `${label} is required` : `${label} must be a whole number`;
  if (path.at(-1) === "number") return `${label} must be a whole number of 1 or more`;
  if (path[0] === "workshopDate") return `${label} must be a date such as 2025-06-30`;
  return `${label}: ${issue.message}`;
}

/** An actor's or a method's slug: made from the name typed (a hidden field), so its problems are the name's. */
function isDerivedSlug(path: Path): boolean {
  return path.at(-1) === "slug" && (path.includes("actor") || (path[0] === "methods" && path.length === 3));
}

/**
 * zod's issues as the GOV.UK pattern shows them: sentences keyed by the field, each said once. A slug made
 * from the name typed is said, as the name's problem, only when the name has none of its own.
 */
export function editorErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const issues = error.issues.map((issue) => ({ issue, isDerived: isDerivedSlug(issue.path) })).sort((a, b) => Number(a.isDerived) - Number(b.isDerived));
  for (const { issue, isDerived } of issues) {
    const path = isDerived ? [...issue.path.slice(0, -1), "name"] : issue.path;
    const messages = (errors[fieldKey(path)] ??= []);
    // A name with nothing a web address can be made of ("!!!") is filled in: not "required".
    const message = isDerived && issue.code === "too_small" ? `${fieldLabel(path)} needs a letter or digit to make a web address of` : sentence(path, issue);
    if (!messages.includes(message) && !(isDerived && messages.length)) messages.push(message);
  }
  return errors;
}
