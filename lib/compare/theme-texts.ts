import type { CaseDocument } from "../case/schema";

export type ThemeArea = "challenges" | "opportunities" | "recommendations";
export type ThemeText = { caseSlug: string; area: ThemeArea; text: string };

const WORD = /\p{L}{2,}/gu;
const REGEX_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/** The names a case gives its inventory's actors, its participants and its stakeholders. */
function organisationNames(document: CaseDocument): string[] {
  return [...document.inventory.map((r) => r.actor.name), ...document.participants.map((p) => p.name), ...document.portfolio.stakeholders.map((s) => s.name)];
}

/**
 * The names of two words or more, whole, longest first, any case: an organisation named in the texts ("Design
 * Futures Alliance") is not a theme, and one the cases share is listed as shared already. A name of one word is
 * left, which may be a word every text uses ("Designers +").
 */
function namesPattern(names: string[]): RegExp | null {
  const named = [...new Set(names.map((n) => n.trim().replace(/\s+/g, " ")).filter((n) => (n.match(WORD)?.length ?? 0) >= 2))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (!named.length) return null;
  const alternatives = named.map((n) => n.replace(REGEX_SPECIAL, "\\$&").replaceAll(" ", "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * The texts themes are found in, for each case: each group of key challenges and of key opportunities (its
 * heading and items), and each closing recommendation (its title, unless the body opens with it as its bold
 * lead-in, and its body). The names of the organisations and people any of the cases names are left out.
 */
export function themeTexts(documents: CaseDocument[]): ThemeText[] {
  const names = namesPattern(documents.flatMap(organisationNames));
  const unnamed = (text: string) => (names ? text.replace(names, " ") : text);
  return documents.flatMap((d) => {
    const groups = (area: ThemeArea, list: CaseDocument["portfolio"]["challenges"]) =>
      list.map((g) => ({ caseSlug: d.slug, area, text: [g.heading, ...g.items].join(". ") }));
    const recommendations = d.findings.recommendations.map((f) => ({
      caseSlug: d.slug, area: "recommendations" as const, text: f.body.startsWith(f.title) ? f.body : `${f.title}. ${f.body}`,
    }));
    return [...groups("challenges", d.portfolio.challenges), ...groups("opportunities", d.portfolio.opportunities), ...recommendations]
      .map((t) => ({ ...t, text: unnamed(t.text) }));
  });
}
