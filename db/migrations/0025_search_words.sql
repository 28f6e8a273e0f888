-- The words of the published cases, for "Did you mean" (docs/decisions/0024-did-you-mean-from-published-words.md).
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"stem" text GENERATED ALWAYS AS (coalesce((tsvector_to_array(to_tsvector('ekip'::regconfig, ekip_british_ize(word))))[1], '')) STORED NOT NULL
);
--> statement-breakpoint
-- The words of a text, each once: lower case, as written (accents kept), letters of any script ([[:alpha:]] of a UTF-8
-- database's character type, as ekip_letters), three to forty of them. Named by their schema, as what pg_dump restores must be (0023).
CREATE FUNCTION ekip_text_words(text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT DISTINCT w FROM regexp_split_to_table(lower($1), '[^[:alpha:]]+') w WHERE length(w) BETWEEN 3 AND 40 $$;--> statement-breakpoint
-- Keeps the words of published cases not kept yet, in the words' order (two writers wait for each other on a word
-- they both add, in the same order). A word kept already is only looked up: no row is written for it (decision 0024:
-- counting each word's cases wrote a row a word, 40 ms a case).
CREATE FUNCTION ekip_keep_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public.search_words (word)
      SELECT DISTINCT w FROM inserted_cases c, public.ekip_text_words(c.search_title || E'\n' || c.search_body) w
      WHERE c.status = 'published' AND NOT EXISTS (SELECT 1 FROM public.search_words s WHERE s.word = w) ORDER BY w
      ON CONFLICT (word) DO NOTHING;
  ELSE
    INSERT INTO public.search_words (word)
      SELECT w FROM public.ekip_text_words(NEW.search_title || E'\n' || NEW.search_body) w
      WHERE NOT EXISTS (SELECT 1 FROM public.search_words s WHERE s.word = w) ORDER BY w
      ON CONFLICT (word) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Inserts a statement at a time (a restore or the benchmark's writer inserts thousands of cases); updates a row at a
-- time, of a published case whose status or texts change.
CREATE TRIGGER "cases_inserted_search_words" AFTER INSERT ON "cases" REFERENCING NEW TABLE AS inserted_cases
  FOR EACH STATEMENT EXECUTE FUNCTION ekip_keep_search_words();--> statement-breakpoint
CREATE TRIGGER "cases_changed_search_words" AFTER UPDATE OF "status", "search_title", "search_body" ON "cases" FOR EACH ROW
  WHEN (NEW.status = 'published' AND (OLD.status, OLD.search_title, OLD.search_body) IS DISTINCT FROM (NEW.status, NEW.search_title, NEW.search_body))
  EXECUTE FUNCTION ekip_keep_search_words();--> statement-breakpoint
INSERT INTO "search_words" ("word")
  SELECT DISTINCT w FROM "cases" c, ekip_text_words(c.search_title || E'\n' || c.search_body) w WHERE c.status = 'published';--> statement-breakpoint
-- The indexes after the fill: built once, not row by row.
CREATE INDEX "search_words_letters_idx" ON "search_words" USING gin (ekip_letters("word") gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_words_stem_idx" ON "search_words" USING btree ("stem");--> statement-breakpoint
ANALYZE "search_words";
