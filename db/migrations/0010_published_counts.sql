CREATE TABLE "published_counts" (
	"facet" text NOT NULL,
	"value" text NOT NULL,
	"label" text,
	"cases" integer NOT NULL,
	"recommendations" integer NOT NULL,
	CONSTRAINT "published_counts_facet_value_pk" PRIMARY KEY("facet","value")
);
--> statement-breakpoint
CREATE INDEX "cases_published_facets_idx" ON "cases" USING btree ("city_id","policy_area_id","workshop_date","facets","stakeholder_categories") WHERE "cases"."status" = 'published';--> statement-breakpoint
CREATE INDEX "cities_name_idx" ON "cities" USING btree ("name");--> statement-breakpoint
-- Called by bumpContentRevision after the revision's row is locked: changes of public content are
-- serialised there, so each call counts what the transactions before it committed.
CREATE FUNCTION "refresh_published_counts"() RETURNS void LANGUAGE sql AS $$
  WITH "published" AS MATERIALIZED (
    SELECT c."city_id", c."policy_area_id", extract(year FROM c."workshop_date")::int AS "year", c."facets", c."stakeholder_categories",
      coalesce(r."n", 0) AS "recommendations"
    FROM "cases" c LEFT JOIN (
      SELECT "case_id", count(*)::int AS "n" FROM "findings" WHERE "kind" = 'recommendation' GROUP BY "case_id"
    ) r ON r."case_id" = c."id"
    WHERE c."status" = 'published'
  ), "by_city" AS (
    SELECT "city_id", count(*) AS "cases", sum("recommendations") AS "recommendations" FROM "published" GROUP BY "city_id"
  ), "counted" AS (
    SELECT 'city' AS "facet", ci."slug" AS "value", ci."name" AS "label", b."cases", b."recommendations"
      FROM "by_city" b JOIN "cities" ci ON ci."id" = b."city_id"
    UNION ALL SELECT 'country', ci."country_code", min(ci."country_name"), sum(b."cases"), sum(b."recommendations")
      FROM "by_city" b JOIN "cities" ci ON ci."id" = b."city_id" GROUP BY ci."country_code"
    UNION ALL SELECT 'policyArea', pa."slug", pa."name", p."cases", p."recommendations" FROM (
      SELECT "policy_area_id", count(*) AS "cases", sum("recommendations") AS "recommendations" FROM "published" GROUP BY "policy_area_id"
    ) p JOIN "policy_areas" pa ON pa."id" = p."policy_area_id"
    UNION ALL SELECT 'year', "year"::text, NULL, count(*), sum("recommendations") FROM "published" WHERE "year" IS NOT NULL GROUP BY "year"
    UNION ALL SELECT 'facet', f::text, NULL, count(*), sum("recommendations") FROM "published", unnest("facets") f GROUP BY f
    UNION ALL SELECT 'stakeholder', s::text, NULL, count(*), sum("recommendations") FROM "published", unnest("stakeholder_categories") s GROUP BY s
  ), "gone" AS (
    DELETE FROM "published_counts" k WHERE NOT EXISTS (SELECT 1 FROM "counted" c WHERE c."facet" = k."facet" AND c."value" = k."value")
  )
  -- Only the rows that changed are written: a change of one case rewrites a dozen rows, not every one.
  INSERT INTO "published_counts" ("facet", "value", "label", "cases", "recommendations") SELECT * FROM "counted"
  ON CONFLICT ("facet", "value") DO UPDATE SET "label" = excluded."label", "cases" = excluded."cases", "recommendations" = excluded."recommendations"
  WHERE ("published_counts"."label", "published_counts"."cases", "published_counts"."recommendations")
    IS DISTINCT FROM (excluded."label", excluded."cases", excluded."recommendations");
$$;--> statement-breakpoint
SELECT "refresh_published_counts"();
