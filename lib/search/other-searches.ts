import { searchHref, type SearchState } from "./href";

/**
 * Searches to offer instead of one that found nothing, or little, each only when it finds something: its misspelt
 * words corrected, with the filters chosen or else (`correctedInAll`) without them; any of its words.
 */
export type OtherSearches = { corrected?: string; correctedInAll?: string; anyWord?: string };

/** A search offered: its words, and its address (the other filters kept, unless `isInAll`). */
export type SearchLink = { words: string; href: string; isInAll?: boolean };

export function otherSearchLinks(path: string, state: SearchState, other: OtherSearches): { corrected?: SearchLink; anyWord?: SearchLink } {
  const link = (words: string | undefined) => (words === undefined ? undefined : { words, href: searchHref(path, state, { q: words }) });
  const inAll = other.correctedInAll === undefined ? undefined : { words: other.correctedInAll, href: searchHref(path, {}, { q: other.correctedInAll }), isInAll: true };
  return { corrected: link(other.corrected) ?? inAll, anyWord: link(other.anyWord) };
}
