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
-- The changes made before this table are in the audit log, named by the case's address then: those whose case
-- still has that address are carried over, at the version saved last before them.
INSERT INTO "case_status_changes" ("case_id", "version", "from_status", "to_status", "note", "waived", "author_id", "author_email", "created_at")
SELECT c."id",
  coalesce((SELECT max(r."version") FROM "case_revisions" r WHERE r."case_id" = c."id" AND r."created_at" <= a."at"), 1),
  (a."details"->>'from')::"case_status", (a."details"->>'to')::"case_status",
  coalesce(a."details"->>'waiver', ''),
  CASE WHEN jsonb_typeof(a."details"->'waived') = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(a."details"->'waived')) ELSE '{}'::text[] END,
  a."actor_id", a."actor_email", a."at"
FROM "audit_log" a JOIN "cases" c ON c."slug" = a."subject"
WHERE a."action" = 'case.status_changed' AND a."details"->>'from' IN ('draft', 'in_review', 'published', 'archived') AND a."details"->>'to' IN ('draft', 'in_review', 'published', 'archived')
ORDER BY a."at", a."id";
