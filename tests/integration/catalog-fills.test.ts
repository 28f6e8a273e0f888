import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { setCaseStatus } from "@/db/case-editing";
import { getCaseDocument, importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE } from "../support/fixtures";
import { person } from "../support/people";

const delivered = () => parseFile(DELIVERED_CASE);
const KNOWN = { cities: [], policyAreas: [] };

const cityChanges = async () =>
  (await getDb().execute<{ actor_email: string | null; details: Record<string, unknown> }>(sql`
    select actor_email, details from audit_log where action = 'city.updated' and subject = 'saint-etienne' order by id`)).map((r) => ({ by: r.actor_email, ...r.details }));

describeOnEachDatabase("what a case's document fills in its city's record", () => {
  it("is in the audit log as a change of the city, by whoever wrote the case, as staff's own changes are, and so is its taking back", async () => {
    const first = delivered();
    await importCases([{ ...first, city: { ...first.city, population: null, website: null } }], { by: { id: null, email: "command line (npm run import)" } });
    expect(await cityChanges()).toEqual([]);
    // A second case of the city gives what the record lacks.
    await importCases([{ ...first, slug: `${first.slug}-data`, focus: "Data" }], { by: { id: null, email: "command line (npm run import)" } });
    expect(await cityChanges()).toEqual([{
      by: "command line (npm run import)", population: `none → ${first.city.population}`, website: `none → ${first.city.website}`, case: `${first.slug}-data`,
    }]);
    // Published, a case's text becomes the description its city lacks: by the editor who published it.
    const editor = await person("editor@example.org", "editor");
    const draft = (await getCaseDocument(first.slug))!;
    const [row] = await getDb().execute<{ id: number }>(sql`select id from cases where slug = ${first.slug}`);
    await setCaseStatus(editor, row!.id, { to: "published", expectedVersion: draft.version!, note: "test", waive: true }, KNOWN);
    expect((await cityChanges()).at(-1)).toEqual({ by: "editor@example.org", description: "filled from the case", case: first.slug });
    // Taken back, the case takes its text back: a change of the city too.
    await setCaseStatus(editor, row!.id, { to: "archived", expectedVersion: draft.version! }, KNOWN);
    expect((await cityChanges()).at(-1)).toEqual({ by: "editor@example.org", description: "taken back with the case", case: first.slug });
  });
});
