CREATE TYPE "public"."case_status" AS ENUM('draft', 'in_review', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."facet" AS ENUM('enhancement', 'mission', 'adaptive', 'anticipatory');--> statement-breakpoint
CREATE TYPE "public"."finding_kind" AS ENUM('conclusion', 'recommendation');--> statement-breakpoint
CREATE TYPE "public"."finding_part" AS ENUM('summary', 'closing');--> statement-breakpoint
CREATE TYPE "public"."section_key" AS ENUM('start', 'introduction', 'participants', 'summary', 'context', 'ecosystem', 'portfolio', 'inventory', 'methods', 'findings', 'end');--> statement-breakpoint
CREATE TYPE "public"."stakeholder_category" AS ENUM('local_authority', 'academia', 'organisation', 'company', 'civil_society', 'other');--> statement-breakpoint
CREATE TYPE "public"."theme_kind" AS ENUM('challenge', 'opportunity');--> statement-breakpoint
CREATE TABLE "case_methods" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"method_id" integer NOT NULL,
	"position" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"city_id" integer NOT NULL,
	"policy_area_id" integer NOT NULL,
	"focus" text DEFAULT '' NOT NULL,
	"title" text,
	"status" "case_status" DEFAULT 'draft' NOT NULL,
	"workshop_date" date,
	"introduction" text DEFAULT '' NOT NULL,
	"policy_area_intro" text DEFAULT '' NOT NULL,
	"city_intro" text DEFAULT '' NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"selected_focus" text DEFAULT '' NOT NULL,
	"ecosystem" text DEFAULT '' NOT NULL,
	"portfolio_title" text DEFAULT '' NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"coordinator" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "cities" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"country_code" text NOT NULL,
	"country_name" text NOT NULL,
	"population" integer,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cities_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "extra_sections" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"position" integer NOT NULL,
	"after" "section_key" NOT NULL,
	"heading" text NOT NULL,
	"body" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"part" "finding_part" NOT NULL,
	"kind" "finding_kind" NOT NULL,
	"position" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory_rows" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"position" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"actor_name" text NOT NULL,
	"area_of_expertise" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"facets" "facet"[] DEFAULT '{}'::facet[] NOT NULL,
	"innovation_note" text,
	"is_resource" boolean DEFAULT false NOT NULL,
	"raw_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "methods" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "methods_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"match_key" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"organisation_id" integer
);
--> statement-breakpoint
CREATE TABLE "policy_areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_areas_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "stakeholders" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"category" "stakeholder_category" NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"organisation_id" integer
);
--> statement-breakpoint
CREATE TABLE "theme_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"kind" "theme_kind" NOT NULL,
	"position" integer NOT NULL,
	"heading" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_methods" ADD CONSTRAINT "case_methods_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_methods" ADD CONSTRAINT "case_methods_method_id_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."methods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_policy_area_id_policy_areas_id_fk" FOREIGN KEY ("policy_area_id") REFERENCES "public"."policy_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extra_sections" ADD CONSTRAINT "extra_sections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_rows" ADD CONSTRAINT "inventory_rows_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_rows" ADD CONSTRAINT "inventory_rows_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_groups" ADD CONSTRAINT "theme_groups_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_items" ADD CONSTRAINT "theme_items_group_id_theme_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."theme_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_methods_case_position_key" ON "case_methods" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "case_methods_method_id_idx" ON "case_methods" USING btree ("method_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_city_policy_area_focus_key" ON "cases" USING btree ("city_id","policy_area_id","focus");--> statement-breakpoint
CREATE INDEX "cases_policy_area_id_idx" ON "cases" USING btree ("policy_area_id");--> statement-breakpoint
CREATE INDEX "cases_status_updated_at_idx" ON "cases" USING btree ("status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "extra_sections_case_position_key" ON "extra_sections" USING btree ("case_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "findings_case_part_kind_position_key" ON "findings" USING btree ("case_id","part","kind","position");--> statement-breakpoint
CREATE UNIQUE INDEX "inventory_rows_case_position_key" ON "inventory_rows" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "inventory_rows_organisation_id_idx" ON "inventory_rows" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "inventory_rows_facets_idx" ON "inventory_rows" USING gin ("facets");--> statement-breakpoint
CREATE INDEX "organisations_match_key_idx" ON "organisations" USING btree ("match_key");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_case_position_key" ON "participants" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "participants_organisation_id_idx" ON "participants" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stakeholders_case_position_key" ON "stakeholders" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "stakeholders_organisation_id_idx" ON "stakeholders" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "theme_groups_case_kind_position_key" ON "theme_groups" USING btree ("case_id","kind","position");--> statement-breakpoint
CREATE UNIQUE INDEX "theme_items_group_position_key" ON "theme_items" USING btree ("group_id","position");