-- Letters of every script, not only a to z (decision 0021). ekip_letters kept only [a-z0-9], so a name in Greek or
-- Cyrillic letters had no letters at all, and a part of one could not be found. It now keeps every letter and digit
-- ([[:alnum:]] of a UTF-8 database's character type), Greek's final sigma spelt σ as lower() spells a capital Σ.
CREATE OR REPLACE FUNCTION ekip_letters(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(translate(lower(public.unaccent('public.unaccent'::regdictionary, $1)), 'ς', 'σ'), '[^[:alnum:]]+', '', 'g') $$;--> statement-breakpoint
-- What the old function made is stored: the generated column and the indexes are made again.
ALTER TABLE "organisations" DROP COLUMN "name_letters",
  ADD COLUMN "name_letters" text GENERATED ALWAYS AS (ekip_name_letters(name, aliases)) STORED;--> statement-breakpoint
REINDEX INDEX "inventory_rows_actor_name_letters_idx";--> statement-breakpoint
REINDEX INDEX "participants_name_letters_idx";--> statement-breakpoint
REINDEX INDEX "stakeholders_name_letters_idx";--> statement-breakpoint
-- The search vectors' spelling (lib/search/spelling-variants.ts; a test keeps the two the same): guillemets, which
-- unaccent spells << and >>, are spaces first, no longer hiding the words between them as a markup tag; the final sigma is σ.
CREATE OR REPLACE FUNCTION ekip_british_ize(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(translate(public.unaccent('public.unaccent'::regdictionary, translate($1, '«»‹›', '    ')), 'ς', 'σ'), '(?<![A-Za-z0-9_])([a-z]{3,})iz(e|es|ed|ing|ingly|er|ers|ation|ations|ational|ationally|able|ably|ability|abilities|ance|ant|ement|ements)(?![A-Za-z0-9_])', '\1is\2', 'gi');--> statement-breakpoint
-- As migration 0018: one statement a table, the vector kept in the row (decision 0010), the indexes made again.
ALTER TABLE "cases" DROP COLUMN "search_vector",
  ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(search_title)), 'A') || setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(search_body)), 'B')) STORED NOT NULL,
  ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
CREATE INDEX "cases_search_vector_idx" ON "cases" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "search_vector",
  ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(title)), 'A') || setweight(to_tsvector('ekip'::regconfig, ekip_british_ize(body)), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "findings_recommendation_search_idx" ON "findings" USING gin ("search_vector") WHERE "findings"."kind" = 'recommendation';--> statement-breakpoint
ANALYZE "cases", "findings", "organisations";
