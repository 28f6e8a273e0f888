import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { getComparison } from "@/db/compare";
import { getCity } from "@/db/cities";
import { listRecommendations } from "@/db/recommendations";
import { searchCases } from "@/db/search";
import { WRITE } from "./report";

export type Probe = { name: string; run: (i: number) => Promise<unknown> };

/** Words in nearly every case, and a phrase: what ranks (and so reads) most of the collection. */
const COMMON = ["funding", "ceramics", "green transition"];

/**
 * The data-layer reads behind the public pages that grow with the collection, with arguments taken
 * from the database so that every size is asked the same kind of question.
 */
export async function buildProbes(db: Database): Promise<Probe[]> {
  const [city] = await db.execute<{ slug: string; name: string; country: string }>(sql`
    select ci.slug, ci.name, ci.country_code as country from cities ci join cases c on c.city_id = ci.id
    where c.status = 'published' group by ci.id order by count(*) desc, ci.slug limit 1`);
  const compared = await db.execute<{ slug: string }>(sql`select slug from cases where status = 'published' order by id limit 4`);
  // A company of one city: a word found in a dozen cases whatever the size of the collection.
  const [company] = await db.execute<{ word: string }>(sql`
    select split_part(name, ' ', 1) as word from organisations where name ~ ' (Studio|Labs|Works|Atelier|Records)$' order by id limit 1`);
  // A word in about one case in twenty (the most frequent between 3% and 7%; in a tiny collection, the nearest).
  const [middling] = await db.execute<{ word: string }>(sql`
    with n as (select count(*) as cases from cases), stat as (select word, ndoc, ndoc between 0.03 * n.cases and 0.07 * n.cases as is_in, abs(ndoc - 0.05 * n.cases) as off
      from ts_stat('select search_vector from cases'), n)
    select word from stat order by is_in desc, case when is_in then -ndoc else off end, word limit 1`);
  if (!city || !company || !middling || compared.length < 2) throw new Error("the database has too few published cases to measure");
  // The city's name typed without its accents.
  const unaccented = city.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const rare = [middling.word, unaccented, company.word];
  const slugs = compared.map((c) => c.slug);
  console.log(`words asked: common ${COMMON.join(", ")}; rare ${rare.join(", ")}; compared ${slugs.join(", ")}; city ${city.slug}`);
  return [
    { name: "searchCases: common words", run: (i) => searchCases({ q: COMMON[i % COMMON.length], page: 1 }) },
    { name: "searchCases: rare words", run: (i) => searchCases({ q: rare[i % rare.length], page: 1 }) },
    { name: "searchCases: facets", run: () => searchCases({ country: city.country, facet: "mission", stakeholder: "academia", page: 1 }) },
    { name: "searchCases: words + facets", run: (i) => searchCases({ q: [...COMMON, ...rare][i % 6], facet: "anticipatory", page: 1 }) },
    { name: "facet counts (/cases, nothing chosen)", run: () => searchCases({ page: 1 }) },
    { name: "getComparison: 4 cases", run: () => getComparison(slugs) },
    { name: "getCity", run: () => getCity(city.slug) },
    { name: "listRecommendations", run: () => listRecommendations({ page: 1 }) },
    { name: "listRecommendations: words", run: (i) => listRecommendations({ q: [...COMMON, ...rare][i % 6], page: 1 }) },
    // Not a read: what every change of public content now does once, so that the reads above need not count.
    { name: `${WRITE} recounting published_counts`, run: () => db.execute(sql`select refresh_published_counts()`) },
  ];
}
