-- A case's search vector (about 7 kB compressed for 12 kB of text) is read whole by every search that
-- ranks or counts matches. Kept out of line (TOAST), each read is a few look-ups into the TOAST table;
-- kept in the row (MAIN: compressed, out of line only when the row cannot fit a page), a search reads it
-- with the row. The short columns that scans read are kept in the row too: once the vector fills most of
-- the row, the default storage would move each of them out of line (decision 0010).
ALTER TABLE "cases" ALTER COLUMN "search_vector" SET STORAGE MAIN, ALTER COLUMN "slug" SET STORAGE MAIN,
  ALTER COLUMN "focus" SET STORAGE MAIN, ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "facets" SET STORAGE MAIN, ALTER COLUMN "stakeholder_categories" SET STORAGE MAIN;--> statement-breakpoint
-- Stored values stay where they are until written again; writing a generated column's source makes it again.
UPDATE "cases" SET "search_title" = "search_title";
