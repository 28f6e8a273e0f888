ALTER TABLE "cases" ADD COLUMN "facets" "facet"[] DEFAULT '{}'::facet[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "stakeholder_categories" "stakeholder_category"[] DEFAULT '{}'::stakeholder_category[] NOT NULL;--> statement-breakpoint
-- Cases written before: what writeCase now writes with them (enum order, as caseFacets and caseStakeholderCategories give).
UPDATE "cases" c SET
  "facets" = array(SELECT DISTINCT f FROM "inventory_rows" r, unnest(r."facets") f WHERE r."case_id" = c."id" ORDER BY f),
  "stakeholder_categories" = array(SELECT DISTINCT s."category" FROM "stakeholders" s WHERE s."case_id" = c."id" ORDER BY s."category");
