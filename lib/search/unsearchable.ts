import { quotedWords } from "./search-words";

/** Why a search of only very common words (or punctuation) finds nothing: said by the pages and the API alike. */
export function unsearchableMessage(words: string): string {
  return `${quotedWords(words)} leaves nothing to search for: very common words such as “the” or “and”, and punctuation, are left out of every search. Try more specific words.`;
}
