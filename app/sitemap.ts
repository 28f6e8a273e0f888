import type { MetadataRoute } from "next";
import { listPublishedActorSlugs } from "@/db/actors";
import { listPublishedCases } from "@/db/cases";
import { listCities } from "@/db/cities";
import { listPolicyAreas } from "@/db/policy-areas";
import { caseUrl } from "@/lib/case/urls";
import { absoluteUrl } from "@/lib/site";

// Read per request: the build has no database, and the addresses depend on PUBLIC_URL at run time.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [cases, cities, policyAreas, actors] = await Promise.all([listPublishedCases(), listCities(), listPolicyAreas(), listPublishedActorSlugs()]);
  const latest = cases[0]?.updatedAt;
  return [
    { url: absoluteUrl("/"), lastModified: latest },
    { url: absoluteUrl("/cases"), lastModified: latest },
    ...cases.map((c) => ({ url: caseUrl(c.slug), lastModified: c.updatedAt })),
    { url: absoluteUrl("/cities") },
    ...cities.map((city) => ({ url: absoluteUrl(`/cities/${city.slug}`) })),
    { url: absoluteUrl("/policy-areas") },
    ...policyAreas.map((area) => ({ url: absoluteUrl(`/policy-areas/${area.slug}`) })),
    { url: absoluteUrl("/recommendations"), lastModified: latest },
    { url: absoluteUrl("/actors"), lastModified: latest },
    ...actors.map((slug) => ({ url: absoluteUrl(`/actors/${slug}`) })),
  ];
}
