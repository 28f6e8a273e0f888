-- Which rules wrote a case's search texts (lib/case/search-text.ts): 0 here for every row, so the start makes them
-- all again with the methods now searched (db/search-texts.ts).
ALTER TABLE "cases" ADD COLUMN "search_text_version" smallint DEFAULT 0 NOT NULL;