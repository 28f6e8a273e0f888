-- The letters of each name a case gives an actor, for /actors to find a part of one (db/actors.ts) through these
-- trigram indexes instead of reading every row (at 10,000 synthetic cases, analysed, the list's count for a search took
-- 1.1-1.2 s so, 0.36 s with them: bench/RESULTS.md, "The list of actors at 10,000 cases").
CREATE INDEX "inventory_rows_actor_name_letters_idx" ON "inventory_rows" USING gin (ekip_letters("actor_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "participants_name_letters_idx" ON "participants" USING gin (ekip_letters("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "stakeholders_name_letters_idx" ON "stakeholders" USING gin (ekip_letters("name") gin_trgm_ops);