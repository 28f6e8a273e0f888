DROP INDEX "findings_search_vector_idx";--> statement-breakpoint
CREATE INDEX "findings_recommendation_search_idx" ON "findings" USING gin ("search_vector") WHERE "findings"."kind" = 'recommendation';