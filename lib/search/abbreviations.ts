/**
 * Abbreviations the cases use, each with the words it stands for: a search for either finds both ("AI" finds
 * "artificial intelligence", and the other way round). Looked for at query time (db/search.ts), as the other
 * spellings of lib/search/spelling-variants.ts are, so the stored search texts stay as written.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [abbreviation: string, words: string]> = [
  ["AI", "artificial intelligence"],
  ["CCI", "cultural and creative industries"],
  ["CCS", "cultural and creative sectors"],
  ["NEB", "New European Bauhaus"],
  ["ICT", "information and communication technologies"],
  ["SME", "small and medium-sized enterprises"],
];

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** An abbreviation a search may hold, either way, with the forms of it typed ("CCIs": the stemmer keeps its s). */
export type AbbreviationInSearch = { abbreviation: string; meaning: string; typed: string[] };

/**
 * The abbreviations a search may hold, either way: those whose abbreviation it has (in the plural too), or every
 * word of whose meaning it has. The query then looks for the other (the database knows whether the words stand
 * together); any other search is the query it was.
 */
export function abbreviationsIn(q: string): AbbreviationInSearch[] {
  const words = new Set(wordsOf(q));
  const hasMeaning = (meaning: string) => wordsOf(meaning).every((w) => w.length < 4 || [...words].some((typed) => typed.startsWith(w.slice(0, 5))));
  return ABBREVIATIONS.flatMap(([abbreviation, meaning]) => {
    const typed = pluralForms(abbreviation).filter((form) => words.has(form));
    return typed.length || hasMeaning(meaning) ? [{ abbreviation, meaning, typed }] : [];
  });
}

/** An abbreviation and its plural, lower case: "cci", "ccis". */
export const pluralForms = (abbreviation: string) => [abbreviation.toLowerCase(), `${abbreviation.toLowerCase()}s`];
