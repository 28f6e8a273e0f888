import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getPublishedCase, importCases } from "@/db/cases";
import { seedDatabase } from "@/db/seed";
import { describeOnEachDatabase } from "../support/databases";

describeOnEachDatabase("the first start", () => {
  it("creates the partner cities and publishes the delivered case, once", async () => {
    expect(await seedDatabase()).toEqual(["saint-etienne-artificial-intelligence"]);
    expect(await seedDatabase()).toEqual([]);
    const cities = await getDb().execute<{ slug: string; country_code: string; cases: number }>(sql`
      select c.slug, c.country_code, count(k.id)::int as cases from cities c left join cases k on k.city_id = c.id
      group by c.id order by c.slug`);
    expect([...cities]).toEqual([
      { slug: "bratislava", country_code: "SK", cases: 0 },
      { slug: "kosice", country_code: "SK", cases: 0 },
      { slug: "lund", country_code: "SE", cases: 0 },
      { slug: "rotterdam", country_code: "NL", cases: 0 },
      { slug: "saint-etienne", country_code: "FR", cases: 1 },
    ]);
    const published = await getPublishedCase("saint-etienne-artificial-intelligence");
    expect(published?.city).toMatchObject({ name: "Saint-Etienne", population: 172000, website: "https://www.saint-etienne.fr" });
    // The document stays as delivered; ekip's note on it is kept beside it (content/editors-notes/) and published with it.
    expect(published?.editorsNote).toMatch(/^The summary at the top of the delivered document .* speaks of the New European Bauhaus in Košice/);
  });

  it("imports nothing into a database that already has cases", async () => {
    const { parseCaseDocument } = await import("@/lib/importer/parse-case");
    const { readText, LUND_VARIANT } = await import("../support/fixtures");
    const lund = parseCaseDocument(readText(LUND_VARIANT));
    if (!lund.ok) throw new Error(lund.error);
    await importCases([lund.case]);
    expect(await seedDatabase()).toEqual([]);
  });
});
