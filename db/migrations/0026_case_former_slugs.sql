ALTER TABLE "cases" ADD COLUMN "former_slugs" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_former_slugs_idx" ON "cases" USING gin ("former_slugs");