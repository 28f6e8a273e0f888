import { expect, it } from "vitest";
import { setCaseStatus } from "@/db/case-editing";
import { getPublishedCase, getWithdrawnCase, importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { ensurePartnerCities } from "@/db/cities";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

const KNOWN = { cities: [], policyAreas: [] };

describeOnEachDatabase("a case no longer published", () => {
  it("is named at its address once it was published and is not now; a case never published, or published, is not", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const editor = await person("editor@example.org", "editor");
    const [published] = await importCases([parseFile(DELIVERED_CASE)], { publish: true });
    const [draft] = await importCases([parseFile(LUND_VARIANT)]);
    expect(await getWithdrawnCase(published!.slug)).toBeNull();
    expect(await getWithdrawnCase(draft!.slug)).toBeNull();
    expect(await getWithdrawnCase("no-such-case")).toBeNull();

    await setCaseStatus(editor, published!.id, { to: "archived", expectedVersion: published!.version }, KNOWN);
    expect(await getPublishedCase(published!.slug)).toBeNull();
    const withdrawn = await getWithdrawnCase(published!.slug);
    // Only what was public: the address and when; its name may change in a draft, which is not public.
    expect(Object.keys(withdrawn!).sort()).toEqual(["publishedAt", "slug"]);
    expect(withdrawn!.slug).toBe(published!.slug);
    expect(withdrawn!.publishedAt).toBeInstanceOf(Date);

    // Back in draft, it is still no longer published; published again, it is the case.
    await setCaseStatus(editor, published!.id, { to: "draft", expectedVersion: published!.version }, KNOWN);
    expect(await getWithdrawnCase(published!.slug)).not.toBeNull();
    await setCaseStatus(editor, published!.id, { to: "published", expectedVersion: published!.version, note: "as delivered", waive: true }, KNOWN);
    expect(await getWithdrawnCase(published!.slug)).toBeNull();
    expect(await getPublishedCase(published!.slug)).not.toBeNull();
  });
});
