-- The words of the published cases, for "Did you mean" (docs/decisions/0024-did-you-mean-from-published-words.md).
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"cases" integer NOT NULL,
	"stem" text GENERATED ALWAYS AS (coalesce((tsvector_to_array(to_tsvector('ekip'::regconfig, ekip_british_ize(word))))[1], '')) STORED NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_letters_idx" ON "search_words" USING gin (ekip_letters("word") gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "search_words_stem_idx" ON "search_words" USING btree ("stem");--> statement-breakpoint
-- The words of a text, each once: lower case, as written (accents kept), letters of any script ([[:alpha:]] of a UTF-8
-- database's character type, as ekip_letters), three to forty of them. Named by their schema, as what pg_dump restores must be (0023).
CREATE FUNCTION ekip_text_words(text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT DISTINCT w FROM regexp_split_to_table(lower($1), '[^[:alpha:]]+') w WHERE length(w) BETWEEN 3 AND 40 $$;--> statement-breakpoint
-- Adds each change to its word's count, in the words' order (two writers lock the rows they share in the same order),
-- and removes the words no published case uses any more.
CREATE FUNCTION ekip_count_search_words(words text[], changes int[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO public.search_words AS s (word, cases) SELECT w, n FROM unnest(words, changes) AS c(w, n) ORDER BY w
    ON CONFLICT (word) DO UPDATE SET cases = s.cases + excluded.cases;
  DELETE FROM public.search_words WHERE word = ANY(words) AND cases <= 0;
$$;--> statement-breakpoint
-- A case's words count while it is published. Inserts are counted a statement at a time (a restore or the benchmark's
-- writer inserts thousands of cases), updates and deletes a row at a time, and only rows whose status or texts change.
CREATE FUNCTION ekip_search_words_of_cases() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  words text[];
  changes int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(w ORDER BY w), array_agg(n ORDER BY w) INTO words, changes FROM (
      SELECT w, count(*)::int AS n FROM inserted_cases c, public.ekip_text_words(c.search_title || E'\n' || c.search_body) w
      WHERE c.status = 'published' GROUP BY w) counted;
  ELSE
    SELECT array_agg(w ORDER BY w), array_agg(n ORDER BY w) INTO words, changes FROM (
      SELECT w, sum(n)::int AS n FROM (
        SELECT w, -1 AS n FROM public.ekip_text_words(OLD.search_title || E'\n' || OLD.search_body) w WHERE OLD.status = 'published'
        UNION ALL
        SELECT w, 1 FROM public.ekip_text_words(NEW.search_title || E'\n' || NEW.search_body) w WHERE TG_OP = 'UPDATE' AND NEW.status = 'published'
      ) d GROUP BY w HAVING sum(n) <> 0) counted;
  END IF;
  IF words IS NOT NULL THEN PERFORM public.ekip_count_search_words(words, changes); END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "cases_inserted_search_words" AFTER INSERT ON "cases" REFERENCING NEW TABLE AS inserted_cases
  FOR EACH STATEMENT EXECUTE FUNCTION ekip_search_words_of_cases();--> statement-breakpoint
CREATE TRIGGER "cases_changed_search_words" AFTER UPDATE OF "status", "search_title", "search_body" ON "cases" FOR EACH ROW
  WHEN ((OLD.status = 'published' OR NEW.status = 'published')
    AND (OLD.status, OLD.search_title, OLD.search_body) IS DISTINCT FROM (NEW.status, NEW.search_title, NEW.search_body))
  EXECUTE FUNCTION ekip_search_words_of_cases();--> statement-breakpoint
CREATE TRIGGER "cases_deleted_search_words" AFTER DELETE ON "cases" FOR EACH ROW WHEN (OLD.status = 'published')
  EXECUTE FUNCTION ekip_search_words_of_cases();--> statement-breakpoint
INSERT INTO "search_words" ("word", "cases")
  SELECT w, count(*) FROM "cases" c, ekip_text_words(c.search_title || E'\n' || c.search_body) w WHERE c.status = 'published' GROUP BY w;--> statement-breakpoint
ANALYZE "search_words";
