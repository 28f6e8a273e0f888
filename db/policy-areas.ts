import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "./client";
import { cachedRead } from "./read-cache";
import { policyAreas } from "./schema";
import { alphabetically } from "./alphabetical";
import type { CitableRecommendation } from "@/lib/case/cite";
import { CITED_CASE_COLUMNS, FIRST_OF_ITS_NUMBER } from "./cited-case";

export type PolicyAreaSummary = { slug: string; name: string; description: string; caseCount: number };

export function listPolicyAreas(): Promise<PolicyAreaSummary[]> {
  return cachedRead(["listPolicyAreas"], async () => [
    ...(await getDb().execute<PolicyAreaSummary>(sql`
      select p.slug, p.name, coalesce(p.description, '') as description,
        (select count(*)::int from cases k where k.policy_area_id = p.id and k.status = 'published') as "caseCount"
      from policy_areas p order by ${alphabetically(sql`p.name`)}, p.slug`)),
  ]);
}

export type PolicyAreaPage = Omit<PolicyAreaSummary, "caseCount"> & {
  cases: Array<{ slug: string; title: string | null; isSample: boolean; citySlug: string; cityName: string; countryName: string; focus: string | null }>;
  recommendations: Array<CitableRecommendation & { isSample: boolean; body: string }>;
};

/** A policy area with its published cases across cities and all their recommendations; null when unknown. Three queries. */
export function getPolicyArea(slug: string): Promise<PolicyAreaPage | null> {
  return cachedRead(["getPolicyArea", slug], async () => {
    const db = getDb();
    const [area] = await db.select().from(policyAreas).where(eq(policyAreas.slug, slug));
    if (!area) return null;
    const [cases, recommendations] = await Promise.all([
      db.execute<PolicyAreaPage["cases"][number]>(sql`
        select k.slug, k.title, k.is_sample as "isSample", c.slug as "citySlug", c.name as "cityName", c.country_name as "countryName", nullif(k.focus, '') as focus
        from cases k join cities c on c.id = k.city_id
        where k.policy_area_id = ${area.id} and k.status = 'published' order by ${alphabetically(sql`c.name`)}, k.slug`),
      db.execute<PolicyAreaPage["recommendations"][number]>(sql`
        select k.slug as "caseSlug", k.is_sample as "isSample", c.name as "cityName", p.name as "policyAreaName", nullif(k.focus, '') as focus,
          f.part, f.number, f.title, f.body, ${CITED_CASE_COLUMNS}, ${FIRST_OF_ITS_NUMBER}
        from findings f join cases k on k.id = f.case_id join cities c on c.id = k.city_id join policy_areas p on p.id = k.policy_area_id
        where k.policy_area_id = ${area.id} and k.status = 'published' and f.kind = 'recommendation'
        order by ${alphabetically(sql`c.name`)}, k.slug, f.part, f.position`),
    ]);
    return { slug: area.slug, name: area.name, description: area.description ?? "", cases: [...cases], recommendations: [...recommendations] };
  });
}
