import { sql } from "drizzle-orm";
import { customType, timestamp } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Full-text search over the "ekip" configuration (English stemming, accents ignored; migration 0001). */
export const searchVector = (title: string, body: string) =>
  tsvector("search_vector")
    .notNull()
    .generatedAlwaysAs(
      sql.raw(`setweight(to_tsvector('ekip'::regconfig, ${title}), 'A') || setweight(to_tsvector('ekip'::regconfig, ${body}), 'B')`),
    );

export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};
