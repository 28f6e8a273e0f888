-- "organization" is stemmed to its root (organ, as "organic"), "organisation" to organis: spelt -ise before
-- stemming, in the vectors and the queries, either spelling finds both and neither finds "organic" (the
-- function is made from lib/search/spelling-variants.ts; a test keeps the two the same).
CREATE OR REPLACE FUNCTION ekip_british_ize(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace($1, '\m([a-z]{3,})iz(e|es|ed|ing|ingly|er|ers|ation|ations|ational|able|ably|ance|ant)\M', '\1is\2', 'gi');--> statement-breakpoint
ALTER TABLE "cases" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(search_title)), 'A') || setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(search_body)), 'B')) STORED NOT NULL;--> statement-breakpoint
-- Kept in the row, as migration 0011 keeps it (decision 0010): stored values move there once written again.
ALTER TABLE "cases" ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
UPDATE "cases" SET "search_title" = "search_title";--> statement-breakpoint
CREATE INDEX "cases_search_vector_idx" ON "cases" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(title)), 'A') || setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(body)), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "findings_recommendation_search_idx" ON "findings" USING gin ("search_vector") WHERE "findings"."kind" = 'recommendation';
