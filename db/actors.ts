import "server-only";
import { arrayContains, eq, sql } from "drizzle-orm";
import type { Facet, StakeholderCategory } from "@/lib/case/schema";
import { getDb } from "./client";
import { cachedRead } from "./read-cache";
import { organisations } from "./schema";

export type ActorAppearance = {
  caseSlug: string; isSample: boolean; cityName: string; countryName: string; policyAreaName: string; /** Null when the case has none. */ focus: string | null;
  participant: string[]; stakeholder: Array<{ category: StakeholderCategory; name: string }>;
  inventory: Array<{ name: string; areaOfExpertise: string; targetGroup: string; facets: Facet[]; innovationNote: string | null; isResource: boolean }>;
};
export type ActorPage = { slug: string; name: string; aliases: string[]; facets: Facet[]; appearances: ActorAppearance[] };

/** An organisation and every published case where it appears (participant, stakeholder, inventory); null when it appears in none. Two queries. */
export function getActor(slug: string): Promise<ActorPage | null> {
  return cachedRead(["getActor", slug], async () => {
    const db = getDb();
    const [organisation] = await db.select().from(organisations).where(eq(organisations.slug, slug));
    if (!organisation) return null;
    const rows = await db.execute<{ role: "participant" | "stakeholder" | "inventory"; detail: Record<string, unknown> } & Omit<ActorAppearance, "participant" | "stakeholder" | "inventory">>(sql`
      with roles as (
        select case_id, 'participant' as role, position, jsonb_build_object('name', name) as detail from participants where organisation_id = ${organisation.id}
        union all
        select case_id, 'stakeholder', position, jsonb_build_object('name', name, 'category', category) from stakeholders where organisation_id = ${organisation.id}
        union all
        select case_id, 'inventory', position, jsonb_build_object('name', actor_name, 'areaOfExpertise', area_of_expertise, 'targetGroup', target_group,
          'facets', to_jsonb(facets), 'innovationNote', innovation_note, 'isResource', is_resource) from inventory_rows where organisation_id = ${organisation.id}
      )
      select r.role, r.detail, k.slug as "caseSlug", k.is_sample as "isSample", c.name as "cityName", c.country_name as "countryName", p.name as "policyAreaName", nullif(k.focus, '') as focus
      from roles r join cases k on k.id = r.case_id join cities c on c.id = k.city_id join policy_areas p on p.id = k.policy_area_id
      where k.status = 'published' order by c.name, p.name, k.focus, r.role, r.position`);
    if (!rows.length) return null;
    const byCase = new Map<string, ActorAppearance>();
    for (const { role, detail, ...where } of rows) {
      const appearance = byCase.get(where.caseSlug) ?? { ...where, participant: [], stakeholder: [], inventory: [] };
      byCase.set(where.caseSlug, appearance);
      if (role === "participant") appearance.participant.push(detail.name as string);
      else if (role === "stakeholder") appearance.stakeholder.push(detail as ActorAppearance["stakeholder"][number]);
      else appearance.inventory.push(detail as ActorAppearance["inventory"][number]);
    }
    const appearances = [...byCase.values()];
    const facets = [...new Set(appearances.flatMap((a) => a.inventory.flatMap((i) => i.facets)))];
    return { slug: organisation.slug, name: organisation.name, aliases: organisation.aliases, facets, appearances };
  });
}

/** The organisation an organisation of this slug was merged into: its old address redirects there. */
export function getMergedActorSlug(slug: string): Promise<string | null> {
  return cachedRead(["getMergedActorSlug", slug], async () => {
    const [kept] = await getDb().select({ slug: organisations.slug }).from(organisations).where(arrayContains(organisations.mergedSlugs, [slug]));
    return kept?.slug ?? null;
  });
}
