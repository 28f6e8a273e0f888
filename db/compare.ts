import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { CaseDocument } from "@/lib/case/schema";
import { countFacets, type FacetCounts } from "@/lib/compare/opsi";
import { themeTexts, type ThemeArea } from "@/lib/compare/theme-texts";
import { britishSpelling } from "@/lib/search/spelling-variants";
import { getDb } from "./client";
import { findCaseRows, toCaseDocument } from "./case-document";
import { cachedRead } from "./read-cache";
import { textArray } from "./text-array";
import { cases } from "./schema";

export type { ThemeArea };
export type SharedOrganisation = { slug: string; name: string; cases: string[] };
export type RecurringTheme = { area: ThemeArea; stem: string; words: string[]; cases: string[]; mentions: number };
export type ComparedCase = CaseDocument & { facetCounts: FacetCounts };
export type Comparison = { cases: ComparedCase[]; missing: string[]; sharedOrganisations: SharedOrganisation[]; themes: RecurringTheme[] };

/** Organisations that appear (in the inventory, as participant or stakeholder) in more than one of the cases. */
function sharedOrganisations(compared: CaseDocument[]): SharedOrganisation[] {
  const seen = new Map<string, SharedOrganisation>();
  for (const c of compared) {
    const names = new Map(c.inventory.map((r) => [r.actor.slug, r.actor.name]));
    for (const p of [...c.participants, ...c.portfolio.stakeholders]) if (p.actor && !names.has(p.actor)) names.set(p.actor, p.name);
    for (const [slug, name] of names) {
      const entry = seen.get(slug) ?? { slug, name, cases: [] };
      entry.cases.push(c.slug);
      seen.set(slug, entry);
    }
  }
  return [...seen.values()].filter((o) => o.cases.length > 1).sort((a, b) => b.cases.length - a.cases.length || a.name.localeCompare(b.name));
}

/** Words every policy text uses; as themes they would say nothing. */
const GENERIC_STEMS = new Set([
  "also", "better", "can", "creat", "encourag", "ensur", "give", "improv", "includ", "increas", "lack", "make",
  "need", "new", "open", "promot", "provid", "set", "small", "time", "togeth", "use", "way",
]);

/**
 * Stems (English stemming, accents ignored: the search configuration) that recur across the cases' texts
 * (lib/compare/theme-texts.ts), each with its cases in the order compared. A hyphenated word counts once, whole
 * ("bio-based"), not also as its parts ("bio", "based"), which the parser gives too. One query.
 */
async function recurringThemes(documents: CaseDocument[]): Promise<RecurringTheme[]> {
  const texts = themeTexts(documents);
  if (!texts.length) return [];
  const words = await getDb().execute<{ n: number; token: string; stem: string }>(sql`
    select t.n::int as n, d.token, lower(d.lexemes[1]) as stem
    from unnest(${textArray(texts.map((t) => t.text))}) with ordinality as t(body, n), ts_debug('ekip', t.body) d
    where array_length(d.lexemes, 1) > 0 and length(d.lexemes[1]) > 2 and d.alias not in ('hword_part', 'hword_asciipart', 'hword_numpart')`);
  const rows = words.map(({ n, token, stem }) => ({ ...texts[n - 1]!, token, stem }));
  type Collecting = RecurringTheme & { counts: Map<string, number> };
  const themes = new Map<string, Collecting>();
  const britishStem = await britishStems(rows);
  for (const row of rows) {
    const stem = britishStem.get(row.token.toLowerCase()) ?? row.stem;
    const key = `${row.area}:${stem}`;
    const theme: Collecting = themes.get(key) ?? { area: row.area, stem, words: [], cases: [], mentions: 0, counts: new Map() };
    const slug = row.caseSlug;
    if (!theme.cases.includes(slug)) theme.cases.push(slug);
    theme.mentions++;
    const word = row.token.toLowerCase();
    theme.counts.set(word, (theme.counts.get(word) ?? 0) + 1);
    themes.set(key, theme);
  }
  const order = documents.map((d) => d.slug);
  return [...themes.values()]
    .filter((t) => t.cases.length > 1 && !GENERIC_STEMS.has(t.stem))
    .map(({ counts, ...t }) => ({ ...t, cases: t.cases.toSorted((a, b) => order.indexOf(a) - order.indexOf(b)), words: [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w) }))
    .sort((a, b) => b.cases.length - a.cases.length || b.mentions - a.mentions || a.stem.localeCompare(b.stem));
}

/**
 * A word's British and American spellings are one theme ("organisation" in one case, "organization" in
 * another), though the stemmer keeps them apart ("organis", "organ"): an American word counts under the stem of
 * its British spelling, read in a fourth query, only when the texts have such words. Keyed by the word, not
 * its stem: "organic" (also organ) stays a word of its own.
 */
async function britishStems(rows: Array<{ token: string }>): Promise<Map<string, string>> {
  const british = new Map([...new Set(rows.map((row) => row.token.toLowerCase()))].flatMap((word) => {
    const spelt = britishSpelling(word);
    return spelt ? [[word, spelt] as const] : [];
  }));
  if (!british.size) return new Map();
  const words = [...new Set(british.values())];
  const stemmed = await getDb().execute<{ word: string; stem: string | null }>(sql`
    select w as word, (select lower(d.lexemes[1]) from ts_debug('ekip', w) d where array_length(d.lexemes, 1) > 0 limit 1) as stem
    from unnest(${textArray(words)}) w`);
  const stemOf = new Map(stemmed.map((row) => [row.word, row.stem]));
  return new Map([...british].flatMap(([word, spelt]) => (stemOf.get(spelt) ? [[word, stemOf.get(spelt)!] as const] : [])));
}

/** The published cases asked for, in the order asked, with what they share. Three queries whatever their size (four when a word of their texts has another spelling). */
export function getComparison(slugs: string[]): Promise<Comparison> {
  return cachedRead(["getComparison", ...slugs], async () => {
    const rows = await findCaseRows(getDb(), and(inArray(cases.slug, slugs), eq(cases.status, "published"))!);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    const found = slugs.flatMap((slug) => (bySlug.has(slug) ? [bySlug.get(slug)!] : []));
    const compared = found.map((row) => {
      const document = toCaseDocument(row);
      return { ...document, facetCounts: countFacets(document.inventory) };
    });
    const themes = compared.length > 1 ? await recurringThemes(compared) : [];
    return { cases: compared, missing: slugs.filter((s) => !bySlug.has(s)), sharedOrganisations: sharedOrganisations(compared), themes };
  });
}
