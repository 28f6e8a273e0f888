-- The letters and digits alone of a text, accents and case aside: "Saint-Étienne" and "saint etienne" are both
-- "saintetienne". unaccent() may not be used in a generated column, since a change of its rules would change its
-- results; they do not change while the app runs, and its dictionary is named, so the search path does not matter.
CREATE FUNCTION ekip_letters(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^a-z0-9]+', '', 'g') $$;--> statement-breakpoint
-- An organisation's name and each other spelling of it, so, joined by "|".
CREATE FUNCTION ekip_name_letters(text, text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT string_agg(ekip_letters(n), '|') FROM unnest($1 || $2) n $$;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "name_letters" text GENERATED ALWAYS AS (ekip_name_letters(name, aliases)) STORED;
