-- A name as lists order it, accents and case aside ("Łódź" beside "Lund", not after "Wierzbno": the only collation
-- PGlite has orders by code point). Immutable, so that an index can hold it: /recommendations reads one page of
-- its list in this order, without sorting every recommendation (db/alphabetical.ts).
CREATE OR REPLACE FUNCTION ekip_sort_name(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;--> statement-breakpoint
CREATE INDEX "cities_sort_name_idx" ON "cities" USING btree (ekip_sort_name("name"));
