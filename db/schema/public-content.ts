import { sql } from "drizzle-orm";
import { bigint, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** One row whose revision rises with every change of published content: the key of the read caches. */
export const contentRevision = pgTable("content_revision", {
  id: integer("id").primaryKey().default(1),
  revision: bigint("revision", { mode: "number" }).notNull().default(0),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What /cases and /recommendations count when nothing is chosen: the published cases and their
 * recommendations by each filter's value. Recomputed by refresh_published_counts() (migration 0010)
 * in every change of public content, so that no reader counts the whole collection.
 */
export const publishedCounts = pgTable(
  "published_counts",
  {
    /** A CaseFilterName: city, country, policyArea, year, facet or stakeholder. */
    facet: text("facet").notNull(),
    value: text("value").notNull(),
    /** The city's, country's or policy area's name; null where the value names itself. */
    label: text("label"),
    cases: integer("cases").notNull(),
    recommendations: integer("recommendations").notNull(),
  },
  (t) => [primaryKey({ columns: [t.facet, t.value] })],
);

/** A word as search vectors hold it (spelt -ise, stemmed); '' for a very common word, which they leave out. */
export const wordStem = (word: string) => `coalesce((tsvector_to_array(to_tsvector('ekip'::regconfig, ekip_british_ize(${word}))))[1], '')`;

/**
 * Every word the published cases' search texts have held (lower case, as written): what "Did you mean" suggests from
 * (db/spelling-suggestions.ts). Added to by triggers on cases (migration 0025) while a case is published and only then,
 * so no draft's word is ever here; never taken from (decision 0024: a word is offered only in a search that finds it).
 */
export const searchWords = pgTable(
  "search_words",
  {
    word: text("word").primaryKey(),
    stem: text("stem").notNull().generatedAlwaysAs(sql.raw(wordStem("word"))),
  },
  (t) => [
    // Its letters, accents aside, as the actors' names are compared: a misspelt word finds the words it resembles.
    // Written at once, not through GIN's pending list, which every look-up read until a vacuum emptied it (9 ms against 25).
    index("search_words_letters_idx").using("gin", sql`ekip_letters(${t.word}) gin_trgm_ops`).with({ fastupdate: false }),
    index("search_words_stem_idx").on(t.stem),
  ],
);
