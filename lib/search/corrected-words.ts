import { isOr, searchTerms } from "./search-words";

/** Fewer hits than this, and a search may have a misspelt word: "Did you mean" is looked for. */
export const FEW_HITS = 3;

const WORD = /\p{L}+/gu;

/** The words of a search that a correction could replace: lower case, each once, three letters or more (as search_words keeps). */
export function correctableWords(q: string): string[] {
  return [...new Set((q.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 3 && w.length <= 40))];
}

/** The search with each corrected word replaced, the rest as typed; a word typed with a capital keeps it ("Innovaton" → "Innovation"). */
export function correctedQuery(q: string, corrections: ReadonlyMap<string, string>): string {
  return q.replace(WORD, (typed) => {
    const correction = corrections.get(typed.toLowerCase());
    if (correction === undefined) return typed;
    return typed[0] === typed[0]!.toLowerCase() ? correction : correction[0]!.toUpperCase() + correction.slice(1);
  });
}

/**
 * The search with any of its words (or phrases) instead of all of them: "copyright microcredit" → "copyright OR
 * microcredit"; a word left out ("-zeppelin") stays left out. Null for a search of fewer than two such terms, or one
 * that already asks for any of them.
 */
export function anyOfTheWords(q: string): string | null {
  const terms = searchTerms(q);
  const wanted = terms.filter((t) => !t.startsWith("-") && !isOr(t));
  if (wanted.length < 2 || terms.filter(isOr).length >= wanted.length - 1) return null;
  return [wanted.join(" OR "), ...terms.filter((t) => t.startsWith("-"))].join(" ");
}
