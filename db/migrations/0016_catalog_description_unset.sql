ALTER TABLE "cities" ALTER COLUMN "description" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "cities" ALTER COLUMN "description" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_areas" ALTER COLUMN "description" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "policy_areas" ALTER COLUMN "description" DROP NOT NULL;--> statement-breakpoint
-- An empty description was "not set" until now: null says so, and "" is left for one staff emptied on purpose.
UPDATE "cities" SET "description" = NULL WHERE "description" = '';--> statement-breakpoint
UPDATE "policy_areas" SET "description" = NULL WHERE "description" = '';
