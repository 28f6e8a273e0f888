-- ekip's own note on a case (lib/case/schema.ts: editorsNote), shown above it; existing cases have none.
ALTER TABLE "cases" ADD COLUMN "editors_note" text DEFAULT '' NOT NULL;
