import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { getComparison } from "@/db/compare";
import { getCity } from "@/db/cities";
import { listRecommendations } from "@/db/recommendations";
import { searchCases } from "@/db/search";

export type Probe = { name: string; run: (i: number) => Promise<unknown> };

/** Words of every frequency: common, middling, rare, a phrase, an accented place name typed without its accent. */
const QUERIES = ["funding", "ceramics", "puppetry", "green transition", "retrofitting vacant buildings"];

/**
 * The data-layer reads behind the public pages that grow with the collection, with arguments taken
 * from the database so that every size is asked the same kind of question.
 */
export async function buildProbes(db: Database): Promise<Probe[]> {
  const [city] = await db.execute<{ slug: string; name: string; country: string }>(sql`
    select ci.slug, ci.name, ci.country_code as country from cities ci join cases c on c.city_id = ci.id
    where c.status = 'published' group by ci.id order by count(*) desc, ci.slug limit 1`);
  const compared = await db.execute<{ slug: string }>(sql`select slug from cases where status = 'published' order by id limit 4`);
  if (!city || compared.length < 2) throw new Error("the database has too few published cases to measure");
  const unaccented = city.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const queries = [...QUERIES, unaccented];
  const slugs = compared.map((c) => c.slug);
  return [
    { name: "searchCases: words", run: (i) => searchCases({ q: queries[i % queries.length], page: 1 }) },
    { name: "searchCases: facets", run: () => searchCases({ country: city.country, facet: "mission", stakeholder: "academia", page: 1 }) },
    { name: "searchCases: words + facets", run: (i) => searchCases({ q: queries[i % queries.length], facet: "anticipatory", page: 1 }) },
    { name: "facet counts (/cases, nothing chosen)", run: () => searchCases({ page: 1 }) },
    { name: "getComparison: 4 cases", run: () => getComparison(slugs) },
    { name: "getCity", run: () => getCity(city.slug) },
    { name: "listRecommendations", run: () => listRecommendations({ page: 1 }) },
    { name: "listRecommendations: words", run: (i) => listRecommendations({ q: queries[i % queries.length], page: 1 }) },
  ];
}
