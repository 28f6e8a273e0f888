import type { CaseDocument } from "../case/schema";
import { foldCase } from "../slug";

export type ThemeArea = "challenges" | "opportunities" | "recommendations";
export type ThemeText = { caseSlug: string; area: ThemeArea; text: string };

/** Each area's name, on the page and in the CSV. */
export const THEME_AREA_NAMES: Record<ThemeArea, string> = { challenges: "Key challenges", opportunities: "Key opportunities", recommendations: "Recommendations" };
/** A theme as shown: the words of its stem used most, four at most. */
export const themeWords = (words: string[]) => words.slice(0, 4).join(", ");

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of the names a case gives its inventory's actors, its participants and its stakeholders: those of two words or more. */
function namesOf(document: CaseDocument): string[][] {
  const names = [...document.inventory.map((r) => r.actor.name), ...document.participants.map((p) => p.name), ...document.portfolio.stakeholders.map((s) => s.name)];
  return names.map((name) => (name.match(WORD) ?? []).map(foldCase)).filter((words) => words.length >= 2);
}

/**
 * A text without the names of `names`, whole words in a row, accents and case aside, whatever stands between them ("Design
 * Futures Alliance", "design futures  alliance"): longest first where two start with the same word. Word by
 * word, not one pattern of every name: a case may name a thousand.
 */
function withoutNames(text: string, names: string[][]): string {
  if (!names.length) return text;
  const byFirstWord = new Map<string, string[][]>();
  for (const name of names.toSorted((a, b) => b.length - a.length)) byFirstWord.set(name[0]!, [...(byFirstWord.get(name[0]!) ?? []), name]);
  const words = [...text.matchAll(WORD)].map((m) => ({ word: foldCase(m[0]), start: m.index, end: m.index + m[0].length }));
  const cuts: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const name = byFirstWord.get(words[i]!.word)?.find((n) => n.every((w, k) => words[i + k]?.word === w));
    if (!name) continue;
    cuts.push([words[i]!.start, words[i + name.length - 1]!.end]);
    i += name.length - 1;
  }
  return cuts.reduceRight((t, [start, end]) => `${t.slice(0, start)} ${t.slice(end)}`, text);
}

/**
 * The texts themes are found in, for each case: each group of key challenges and of key opportunities (its
 * heading and items), and each closing recommendation (its title, unless the body opens with it as its bold
 * lead-in, and its body). The names of two words or more that the case gives organisations and people are left out
 * of its own texts: an organisation it names ("Design Futures Alliance") is not a theme, and one the cases share is
 * listed as shared already. A name of one word is left, which may be a word every text uses ("Designers +");
 * another case's names are left in this case's texts, where the same words may be no name ("open data").
 */
export function themeTexts(documents: CaseDocument[]): ThemeText[] {
  return documents.flatMap((d) => {
    const names = namesOf(d);
    const groups = (area: ThemeArea, list: CaseDocument["portfolio"]["challenges"]) =>
      list.map((g) => ({ caseSlug: d.slug, area, text: [g.heading, ...g.items].join(". ") }));
    const recommendations = d.findings.recommendations.map((f) => ({
      caseSlug: d.slug, area: "recommendations" as const, text: f.body.startsWith(f.title) ? f.body : `${f.title}. ${f.body}`,
    }));
    return [...groups("challenges", d.portfolio.challenges), ...groups("opportunities", d.portfolio.opportunities), ...recommendations]
      .map((t) => ({ ...t, text: withoutNames(t.text, names) }));
  });
}
