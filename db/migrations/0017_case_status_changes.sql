CREATE TABLE "case_status_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"version" integer NOT NULL,
	"from_status" "case_status" NOT NULL,
	"to_status" "case_status" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"waived" text[] DEFAULT '{}'::text[] NOT NULL,
	"author_id" integer,
	"author_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_status_changes" ADD CONSTRAINT "case_status_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_changes" ADD CONSTRAINT "case_status_changes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_status_changes_case_id_idx" ON "case_status_changes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_status_changes_author_id_idx" ON "case_status_changes" USING btree ("author_id");--> statement-breakpoint
-- The changes made before this table are in the audit log, named by the case's address then: each is taken to
-- the case whose revision had that address last before it (an address may have changed, or passed to another
-- case), at that revision's version. One with no such revision (its case deleted since, or no revision saved
-- before it) or with a status unknown here stays in the audit log only (tests/integration/status-changes-backfill.test.ts).
CREATE INDEX "case_revisions_slug_tmp" ON "case_revisions" (("document"->>'slug'), "created_at");--> statement-breakpoint
INSERT INTO "case_status_changes" ("case_id", "version", "from_status", "to_status", "note", "waived", "author_id", "author_email", "created_at")
SELECT r."case_id", r."version",
  (a."details"->>'from')::"case_status", (a."details"->>'to')::"case_status",
  coalesce(a."details"->>'waiver', ''),
  CASE WHEN jsonb_typeof(a."details"->'waived') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(a."details"->'waived')) ELSE '{}'::text[] END,
  a."actor_id", a."actor_email", a."at"
FROM "audit_log" a
CROSS JOIN LATERAL (
  SELECT r."case_id", r."version" FROM "case_revisions" r
  WHERE r."document"->>'slug' = a."subject" AND r."created_at" <= a."at"
  ORDER BY r."created_at" DESC, r."version" DESC LIMIT 1
) r
WHERE a."action" = 'case.status_changed' AND a."details"->>'from' IN ('draft', 'in_review', 'published', 'archived') AND a."details"->>'to' IN ('draft', 'in_review', 'published', 'archived')
ORDER BY a."at", a."id";--> statement-breakpoint
DROP INDEX "case_revisions_slug_tmp";
