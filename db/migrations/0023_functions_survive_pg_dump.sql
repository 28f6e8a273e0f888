-- pg_dump restores with an empty search_path: a function a generated column or an index calls must name what it calls
-- by its schema. ekip_name_letters called ekip_letters without one, so a restore of organisations failed ("function
-- ekip_letters(text) does not exist"). The same function, so what is stored stays as it is.
CREATE OR REPLACE FUNCTION ekip_name_letters(text, text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT string_agg(public.ekip_letters(n), '|') FROM unnest($1 || $2) n $$;
