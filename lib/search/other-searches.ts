import { searchHref, type SearchState } from "./href";

/** Searches to offer instead of one that found nothing, or little: its misspelt words corrected, or any of its words; each only when it finds something. */
export type OtherSearches = { corrected?: string; anyWord?: string };

/** A search offered: its words, and its address (the other filters kept). */
export type SearchLink = { words: string; href: string };

export function otherSearchLinks(path: string, state: SearchState, other: OtherSearches): { corrected?: SearchLink; anyWord?: SearchLink } {
  const link = (words: string | undefined) => (words === undefined ? undefined : { words, href: searchHref(path, state, { q: words }) });
  return { corrected: link(other.corrected), anyWord: link(other.anyWord) };
}
