import { bigint, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

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
