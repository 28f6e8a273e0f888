import { searchWords, termGroups } from "./search-words";

/** A part of a name to look for, or (`isLeftOut`, typed with a minus) one the names found must not hold. */
export type NamePart = { text: string; isLeftOut: boolean };

/**
 * A search by name read as the full-text searches read their words: each word, or phrase in quotes, is a part of
 * the name to find ("ecole mines" finds "Ecole des Mines"), a minus leaves out the names that hold it, OR between
 * two finds either. Every group must match, and one of its parts. Quotes hold no part of their own: `""` is none.
 */
export function nameSearchGroups(q: string): NamePart[][] {
  return termGroups(searchWords(q))
    .map((group) => group.map(namePart).filter((part) => part.text !== ""))
    .filter((group) => group.length > 0);
}

function namePart(term: string): NamePart {
  // A minus alone is a character of the name to find ("-" finds hyphenated names), as it always was.
  const isLeftOut = term.length > 1 && term.startsWith("-");
  return { text: (isLeftOut ? term.slice(1) : term).replaceAll('"', "").trim(), isLeftOut };
}
