import { dayOf, isoDayOf } from "../plain-text";
import { foldCase, stripAccents } from "../slug";
import type { CaseDocument, Finding, SectionKey } from "../case/schema";
import { caseTexts } from "./case-texts";
import type { KnownPlaces, QualityProblem } from "./types";

const fold = foldCase;
const isOneWord = (name: string) => !/\s/.test(name.trim());

/**
 * Whether a text names a place. A name of one word names it only with its first letter as the name writes it (or
 * in capitals): "design" in a sentence does not name the policy area Design, where "Design", "DESIGN" and "Lund" do,
 * and "'s-Hertogenbosch" is itself.
 */
const mentions = (text: string, name: string) => {
  if (!isOneWord(name)) return new RegExp(`(^|[^\\p{L}])${escape(fold(name))}($|[^\\p{L}])`, "u").test(fold(text));
  const first = (s: string) => /\p{L}/u.exec(s)?.[0] ?? "";
  const found = stripAccents(text).matchAll(new RegExp(`(?<![\\p{L}])${escape(stripAccents(name))}(?![\\p{L}])`, "giu"));
  const want = first(stripAccents(name));
  return [...found].some((m) => first(m[0]) === want || first(m[0]) === want.toUpperCase());
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A section that names another known city or policy area than the case's own (text copied from another case). A
 * policy area of one word ("Design", "Tourism") is a common word too, in an organisation's name or a title: only
 * to look at, not serious.
 */
export function otherPlaces(c: CaseDocument, known: KnownPlaces): QualityProblem[] {
  const others = [
    ...known.cities.filter((n) => fold(n) !== fold(c.city.name)).map((name) => ({ name, kind: "city" })),
    ...known.policyAreas.filter((n) => fold(n) !== fold(c.policyArea.name)).map((name) => ({ name, kind: "policy area" })),
  ];
  return caseTexts(c).flatMap(({ section, text }) =>
    others.filter((o) => mentions(text, o.name)).map((o) => ({
      check: "other-place" as const, severity: o.kind === "policy area" && isOneWord(o.name) ? "warning" as const : "serious" as const, section,
      message: `The ${section} section names the ${o.kind} ${o.name}, not this case's ${o.kind === "city" ? c.city.name : c.policyArea.name}`,
    })),
  );
}

const REQUIRED: Array<[SectionKey, string, (c: CaseDocument) => boolean]> = [
  ["participants", "No participants are listed", (c) => c.participants.length > 0],
  ["context", "The context is empty", (c) => !!c.context.trim()],
  ["ecosystem", "The innovation support ecosystem is empty", (c) => !!c.ecosystem.trim()],
  ["portfolio", "The portfolio has no title", (c) => !!c.portfolio.title.trim()],
  ["portfolio", "The portfolio has no scope", (c) => !!c.portfolio.scope.trim()],
  ["inventory", "The inventory is empty", (c) => c.inventory.length > 0],
  ["findings", "There are no closing conclusions", (c) => c.findings.conclusions.length > 0],
  ["findings", "There are no closing recommendations", (c) => c.findings.recommendations.length > 0],
];

export function emptySections(c: CaseDocument): QualityProblem[] {
  return REQUIRED.filter(([, , isFilled]) => !isFilled(c)).map(([section, message]) => ({
    check: "empty-section", severity: "serious", section, message,
  }));
}

function gaps(list: Finding[]): string | null {
  const numbers = list.map((f) => f.number);
  const expected = numbers.map((_, i) => i + 1);
  return numbers.join() === expected.join() ? null : numbers.join(", ");
}

/** Conclusions and recommendations numbered 1, 2, 3... in each part. */
export function numberingGaps(c: CaseDocument): QualityProblem[] {
  const parts = [["summary", "summary", c.summary], ["findings", "closing", c.findings]] as const;
  return parts.flatMap(([section, label, f]) =>
    (["conclusions", "recommendations"] as const).flatMap((kind) => {
      const found = gaps(f[kind]);
      return found ? [{ check: "numbering-gap" as const, severity: "serious" as const, section, message: `The ${label} ${kind} are numbered ${found}` }] : [];
    }),
  );
}

export function missingFacets(c: CaseDocument): QualityProblem[] {
  return c.inventory.filter((r) => r.facets.length === 0).map((r) => ({
    check: "missing-facet", severity: "serious", section: "inventory", message: `${r.actor.name} has no OPSI facet`,
  }));
}

export function duplicateActors(c: CaseDocument): QualityProblem[] {
  const seen = new Map<string, number>();
  for (const r of c.inventory) seen.set(r.actor.slug, (seen.get(r.actor.slug) ?? 0) + 1);
  return c.inventory.filter((r, i) => seen.get(r.actor.slug)! > 1 && c.inventory.findIndex((o) => o.actor.slug === r.actor.slug) === i).map((r) => ({
    check: "duplicate-actor", severity: "warning", section: "inventory", message: `${r.actor.name} is listed ${seen.get(r.actor.slug)} times in the inventory`,
  }));
}

export function stakeholdersNotInInventory(c: CaseDocument): QualityProblem[] {
  return c.portfolio.stakeholders.filter((s) => !s.actor).map((s) => ({
    check: "stakeholder-not-in-inventory", severity: "warning", section: "portfolio", message: `The stakeholder ${s.name} is not in the inventory`,
  }));
}

/** ekip's workshops began in 2024; OPSI's facets date from 2017: a date before 2000 is a typing slip. */
const EARLIEST_LIKELY_WORKSHOP = "2000-01-01";

/** A workshop date no case can have had: still to come (a case is written after its workshop), or long before ekip. */
export function unlikelyWorkshopDate(c: CaseDocument, today: Date): QualityProblem[] {
  const date = c.workshopDate;
  if (!date) return [];
  const said = dayOf(new Date(`${date}T00:00:00Z`));
  // A day's grace: the date is UTC's, and ahead of it in Europe after midnight.
  const tomorrow = isoDayOf(new Date(today.getTime() + 86_400_000));
  const when = date > tomorrow ? "is still to come" : date < EARLIEST_LIKELY_WORKSHOP ? "is before 2000" : null;
  return when ? [{ check: "workshop-date", severity: "warning", section: "start", message: `The workshop date, ${said}, ${when}: is the year right?` }] : [];
}
