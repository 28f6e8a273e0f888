import "server-only";
import { sql } from "drizzle-orm";
import { anyOfTheWords, correctableWords, correctedQuery, FEW_HITS } from "@/lib/search/corrected-words";
import { hasCaseFilters, type CaseFilters } from "@/lib/search/case-filters";
import type { OtherSearches } from "@/lib/search/other-searches";
import { hasRecommendationFilters, type RecommendationFilters } from "@/lib/search/recommendation-filters";
import { getDb } from "./client";
import { hasRecommendations } from "./recommendations";
import { cachedRead } from "./read-cache";
import { hasCases } from "./search";
import { wordStem } from "./schema/public-content";

/** How alike a word and its correction must be, in shared trigrams (pg_trgm's similarity, of their letters, accents aside). */
const ALIKE = 0.35;


/**
 * The probably misspelt words of a search, each with the word it most resembles of those published cases have held
 * (search_words, which only published cases fill: decision 0014). A word is misspelt when no such word has its stem;
 * its correction is the most alike that a published case holds now, of another stem (a word of a case since
 * withdrawn or changed is never shown). Very common words are neither corrected nor offered ("teh" is not "the").
 */
export function findCorrections(q: string): Promise<Map<string, string>> {
  const words = correctableWords(q);
  if (!words.length) return Promise.resolve(new Map());
  return cachedRead(["findCorrections", words.join(" ")], async () => {
    const rows = await getDb().execute<{ typed: string; correction: string }>(sql`
      select t.word as typed, s.word as correction
      from (values ${sql.join(words.map((w) => sql`(${w})`), sql`, `)}) t(word)
      cross join lateral (select public.ekip_letters(t.word) as letters, ${sql.raw(wordStem("t.word"))} as stem) typed
      cross join lateral (
        select alike.word from (
          select s.word, s.stem from search_words s
          where public.ekip_letters(s.word) % typed.letters and similarity(public.ekip_letters(s.word), typed.letters) >= ${ALIKE}
            and s.stem not in ('', typed.stem)
          order by similarity(public.ekip_letters(s.word), typed.letters) desc, s.word
          -- offset 0: kept in this order, so that the check below stops at the first word that passes it.
          offset 0) alike
        -- Kept words are never taken away: offered only while a published case holds the word (decision 0014).
        -- Checked word by word, most alike first: each check is an index read of the cases (about 1 ms at 10,000).
        where exists (select 1 from cases c where c.status = 'published' and c.search_vector @@ quote_literal(alike.stem)::tsquery)
        limit 1) s
      where typed.stem <> '' and not exists (select 1 from search_words k where k.stem = typed.stem)`);
    return new Map(rows.map((r) => [r.typed, r.correction]));
  });
}

type Finds = (q: string) => Promise<boolean>;

/**
 * For a search by words that found little (`found`, fewer than FEW_HITS), "Did you mean" (the search with its
 * misspelt words corrected) with the filters chosen; else the correction without them, when it finds something there
 * (a reader who chose a city still learns how the word is spelt), and, when it found nothing, the search for any of
 * its words with the filters. `finds` says whether a search finds anything with the filters chosen (a search of
 * cases, of recommendations); `findsWithoutFilters`, given only when filters are chosen, without them.
 */
export async function findOtherSearches(q: string | undefined, { found, finds, findsWithoutFilters }: { found: number; finds: Finds; findsWithoutFilters?: Finds }): Promise<OtherSearches> {
  if (!q || found >= FEW_HITS) return {};
  const corrections = await findCorrections(q);
  const corrected = corrections.size ? correctedQuery(q, corrections) : undefined;
  if (corrected !== undefined && (await finds(corrected))) return { corrected };
  const anyWord = found === 0 ? anyOfTheWords(q) : null;
  const [isFoundInAll, isAnyWordFound] = await Promise.all([
    corrected !== undefined && findsWithoutFilters ? findsWithoutFilters(corrected) : false,
    anyWord !== null ? finds(anyWord) : false,
  ]);
  return { ...(isFoundInAll ? { correctedInAll: corrected } : {}), ...(isAnyWordFound && anyWord !== null ? { anyWord } : {}) };
}

/** Other searches of the cases, for a search of `filters` that found `found` (the page's and the API's). */
export function findOtherCaseSearches(filters: CaseFilters, found: number): Promise<OtherSearches> {
  const findsWithoutFilters = hasCaseFilters(filters) ? (q: string) => hasCases({ q, page: 1 }) : undefined;
  return findOtherSearches(filters.q?.trim(), { found, finds: (q) => hasCases({ ...filters, q, page: 1 }), findsWithoutFilters });
}

/** Other searches of the recommendations, for a search of `filters` that found `found`. */
export function findOtherRecommendationSearches(filters: RecommendationFilters, found: number): Promise<OtherSearches> {
  const findsWithoutFilters = hasRecommendationFilters(filters) ? (q: string) => hasRecommendations({ q, page: 1 }) : undefined;
  return findOtherSearches(filters.q?.trim(), { found, finds: (q) => hasRecommendations({ ...filters, q, page: 1 }), findsWithoutFilters });
}
