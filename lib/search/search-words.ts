/** Words joined by hyphens, outside quotes ("decision-makers", "co-design"); letters only, so "covid-19" is left as typed. */
const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;

/**
 * The words typed, as PostgreSQL's websearch syntax will read them: a hyphenated word becomes the phrase of its
 * parts. Read as typed, "decision-makers" asks for the compound itself, and finds no "decision makers";
 * as the phrase "decision makers" it finds both spellings, side by side. A leading hyphen still excludes a word
 * ("-bauhaus"), and a hyphenated word already in quotes loses its hyphens to the phrase it is in.
 */
export function searchWords(q: string): string {
  return q
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part.replace(HYPHENATED, (w) => w.replaceAll("-", " ")) : part.replace(HYPHENATED, (w) => `"${w.replaceAll("-", " ")}"`)))
    .join('"');
}
