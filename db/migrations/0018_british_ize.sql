-- "organization" is stemmed to its root (organ, as "organic"), "organisation" to organis: spelt -ise before
-- stemming, in the vectors and the queries, either spelling finds both and neither finds "organic" (decision 0018;
-- the function is made from lib/search/spelling-variants.ts, and a test keeps the two the same). unaccent() is
-- named with its dictionary, as in migration 0015, so that the function may serve generated columns.
CREATE OR REPLACE FUNCTION ekip_british_ize(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(public.unaccent('public.unaccent'::regdictionary, $1), '(?<![A-Za-z0-9_])([a-z]{3,})iz(e|es|ed|ing|ingly|er|ers|ation|ations|ational|ationally|able|ably|ability|abilities|ance|ant|ement|ements)(?![A-Za-z0-9_])', '\1is\2', 'gi');--> statement-breakpoint
-- One statement: the table is written once, the vector kept in the row as migration 0011 keeps it (decision 0010).
ALTER TABLE "cases" DROP COLUMN "search_vector",
  ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(search_title)), 'A') || setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(search_body)), 'B')) STORED NOT NULL,
  ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
CREATE INDEX "cases_search_vector_idx" ON "cases" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "search_vector",
  ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(title)), 'A') || setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(body)), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "findings_recommendation_search_idx" ON "findings" USING gin ("search_vector") WHERE "findings"."kind" = 'recommendation';--> statement-breakpoint
-- The planner's statistics of the new columns: a small collection would wait long for autovacuum to make them.
ANALYZE "cases", "findings";
