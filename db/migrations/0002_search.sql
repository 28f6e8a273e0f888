CREATE TABLE "content_revision" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_body" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, search_title), 'A') || setweight(to_tsvector('ekip'::regconfig, search_body), 'B')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('ekip'::regconfig, title), 'A') || setweight(to_tsvector('ekip'::regconfig, body), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_search_vector_idx" ON "cases" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "findings_kind_idx" ON "findings" USING btree ("kind","part");--> statement-breakpoint
CREATE INDEX "findings_search_vector_idx" ON "findings" USING gin ("search_vector");