/** Words joined by hyphens, outside quotes ("decision-makers", "co-design"); letters only, so "covid-19" is left as typed. */
const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;

/**
 * Quotation marks of European languages, each read as the straight quote of a phrase: «public space», „public space“.
 * (Curly “ ” were already, by unaccent; guillemets became "<<" there, and „ two commas.) Not ‘ ’, which are apostrophes too.
 */
const QUOTATION_MARKS = /[«»‹›„‟“”]/g;

/** A heading's number at the start ("3. Create a regional network", copied from a case): the search text has no numbers of findings. */
const FINDING_NUMBER = /^\s*\d{1,3}\.\s+(?=\S)/;

/**
 * The words typed, as PostgreSQL's websearch syntax will read them, without a finding's number at the start
 * (a heading copied from a page found nothing). A hyphenated word becomes the phrase of its
 * parts. Read as typed, "decision-makers" asks for the compound itself, and finds no "decision makers";
 * as the phrase "decision makers" it finds both spellings, side by side. A leading hyphen still excludes a word
 * ("-bauhaus"), and a hyphenated word already in quotes loses its hyphens to the phrase it is in. A phrase may be
 * quoted with the marks of any European language.
 */
export function searchWords(q: string): string {
  return q
    .replace(QUOTATION_MARKS, '"')
    .replace(FINDING_NUMBER, "")
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part.replace(HYPHENATED, (w) => w.replaceAll("-", " ")) : part.replace(HYPHENATED, (w) => `"${w.replaceAll("-", " ")}"`)))
    .join('"');
}

/** A phrase in quotes (with its minus, if any; to the end when its closing quote is missing), or a word. */
const TERM = /-?"[^"]*(?:"|$)|[^\s"]+/g;

/** The terms of a search, its quotation marks read as straight ones: each phrase (with its minus, if any), word or OR. */
export const searchTerms = (q: string): string[] => q.replace(QUOTATION_MARKS, '"').match(TERM) ?? [];

/**
 * The words of a search (as searchWords gives them) in the groups that must all match: OR joins the terms on its
 * two sides into one group, as a search engine reads it ("copyright OR microcredit training": either of the first
 * two, and the third), where PostgreSQL's websearch syntax would bind OR last (copyright, or both of the others).
 * Each group is websearch text of its own; a search without OR is one group, itself.
 */
export function searchGroups(words: string): string[] {
  if (!searchTerms(words).some(isOr)) return [words];
  return termGroups(words).map((g) => g.join(" OR "));
}

/**
 * Each term of the words (a word, or a phrase in quotes, with its minus), grouped with those OR joins it to: either of
 * a group. ORs in a row are one ("a OR OR b" is a OR b; the second OR, read as a word, made it a and b).
 */
export function termGroups(words: string): string[][] {
  const terms = searchTerms(words).filter((term, i, all) => !(isOr(term) && i > 0 && isOr(all[i - 1]!)));
  const groups: string[][] = [];
  let joining = false;
  terms.forEach((term, i) => {
    if (isOr(term) && groups.length > 0 && i < terms.length - 1 && !isOr(terms[i + 1]!)) {
      joining = true;
      return;
    }
    if (joining) groups.at(-1)!.push(term);
    else groups.push([term]);
    joining = false;
  });
  return groups;
}

export const isOr = (term: string) => term.toLowerCase() === "or";

/** The words as typed, for a sentence: in quotation marks unless they hold their own (a phrase: “"shared materials"” reads badly). */
export const quotedWords = (q: string): string => (q.replace(QUOTATION_MARKS, '"').includes('"') ? q : `“${q}”`);
