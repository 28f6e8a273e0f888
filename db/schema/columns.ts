import { sql } from "drizzle-orm";
import { customType, timestamp } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Full-text search over the "ekip" configuration (English stemming, accents ignored; migration 0001), -ize words
 * spelt -ise first (migration 0018, lib/search/spelling-variants.ts).
 */
export const searchVector = (title: string, body: string) =>
  tsvector("search_vector")
    .notNull()
    .generatedAlwaysAs(
      sql.raw(`setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(${title})), 'A') || setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(${body})), 'B')`),
    );

export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};
