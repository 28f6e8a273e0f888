import "server-only";
import { sql } from "drizzle-orm";
import type { CaseDocument } from "@/lib/case/schema";
import { cities, policyAreas } from "./schema";
import type { Transaction } from "./transaction";

/** The ekip partner cities: records with no cases yet until their cases arrive. */
export const PARTNER_CITIES = [
  { slug: "rotterdam", name: "Rotterdam", countryCode: "NL", countryName: "Netherlands" },
  { slug: "kosice", name: "Košice", countryCode: "SK", countryName: "Slovakia" },
  { slug: "bratislava", name: "Bratislava", countryCode: "SK", countryName: "Slovakia" },
  { slug: "lund", name: "Lund", countryCode: "SE", countryName: "Sweden" },
  { slug: "saint-etienne", name: "Saint-Etienne", countryCode: "FR", countryName: "France" },
] as const;

export async function ensurePartnerCities(tx: Transaction): Promise<void> {
  await tx.insert(cities).values([...PARTNER_CITIES]).onConflictDoNothing({ target: cities.slug });
}

/** The city of an imported case: created when new; what the city record lacks is filled from the document. */
export async function upsertCaseCity(tx: Transaction, c: CaseDocument): Promise<number> {
  const { city } = c;
  const [row] = await tx
    .insert(cities)
    .values({ slug: city.slug, name: city.name, countryCode: city.country.code, countryName: city.country.name, population: city.population, website: city.website, description: c.cityIntro })
    .onConflictDoUpdate({
      target: cities.slug,
      set: {
        population: sql`coalesce(${cities.population}, excluded.population)`,
        website: sql`coalesce(${cities.website}, excluded.website)`,
        description: sql`case when ${cities.description} = '' then excluded.description else ${cities.description} end`,
      },
    })
    .returning({ id: cities.id });
  return row!.id;
}

export async function upsertCasePolicyArea(tx: Transaction, c: CaseDocument): Promise<number> {
  const { policyArea } = c;
  const [row] = await tx
    .insert(policyAreas)
    .values({ slug: policyArea.slug, name: policyArea.name, description: c.policyAreaIntro })
    .onConflictDoUpdate({
      target: policyAreas.slug,
      set: { description: sql`case when ${policyAreas.description} = '' then excluded.description else ${policyAreas.description} end` },
    })
    .returning({ id: policyAreas.id });
  return row!.id;
}
