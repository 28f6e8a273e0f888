import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getPublishedCase, listPublishedCases } from "@/db/cases";
import { importSampleCases, removeSampleCases, seedDatabase } from "@/db/seed";
import { describeOnEachDatabase } from "../support/databases";

const slugsOf = async (table: string) =>
  (await getDb().execute<{ slug: string }>(sql.raw(`select slug from ${table} order by slug`))).map((r) => r.slug);

describeOnEachDatabase("sample content", () => {
  it("is added on request, published and marked as sample, and removed with what only it used", async () => {
    await seedDatabase();
    const [citiesBefore, organisationsBefore, areasBefore] = [await slugsOf("cities"), await slugsOf("organisations"), await slugsOf("policy_areas")];
    expect(await importSampleCases()).toEqual(["ballyvara-artificial-intelligence", "porto-sereno-new-european-bauhaus", "wierzbno-green-transition"]);
    const listed = await listPublishedCases();
    expect(listed.map((c) => [c.slug, c.isSample]).sort()).toEqual([
      ["ballyvara-artificial-intelligence", true], ["porto-sereno-new-european-bauhaus", true],
      ["saint-etienne-artificial-intelligence", false], ["wierzbno-green-transition", true],
    ]);
    expect((await getPublishedCase("wierzbno-green-transition"))?.sample).toBe(true);

    const changes = async () => Number((await getDb().execute<{ n: number }>(sql`select count(*)::int as n from audit_log where action in ('city.updated', 'policy_area.updated')`))[0]!.n);
    const changesBefore = await changes();
    expect(await removeSampleCases()).toEqual(["ballyvara-artificial-intelligence", "porto-sereno-new-european-bauhaus", "wierzbno-green-transition"]);
    // Their records go with them: no change of a record about to be deleted is logged.
    expect(await changes()).toBe(changesBefore);
    expect((await listPublishedCases()).map((c) => c.slug)).toEqual(["saint-etienne-artificial-intelligence"]);
    expect(await slugsOf("cities")).toEqual(citiesBefore);
    expect(await slugsOf("organisations")).toEqual(organisationsBefore);
    // Artificial Intelligence stays: the real case uses it.
    expect(await slugsOf("policy_areas")).toEqual(areasBefore);
    expect(await removeSampleCases()).toEqual([]);
  });

  it("seeds the samples with the delivered cases on an empty database when asked (the embedded demo)", async () => {
    expect(await seedDatabase({ samples: true })).toHaveLength(4);
  });
});
