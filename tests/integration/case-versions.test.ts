import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { saveCase, setCaseStatus } from "@/db/case-editing";
import { getPublicVersion, listPublicVersions } from "@/db/case-versions";
import { getCaseDocument, getPublishedCase, importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { ensurePartnerCities } from "@/db/cities";
import { clearReadCache } from "@/db/read-cache";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

const KNOWN = { cities: [], policyAreas: [] };

describeOnEachDatabase("the versions of a case that readers can read", () => {
  it("are the versions saved or published while the case was published, each as it was saved, and none once it is withdrawn", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const editor = await person("editor@example.org", "editor");
    const [published] = await importCases([parseFile(DELIVERED_CASE)], { publish: true });
    const [draft] = await importCases([parseFile(LUND_VARIANT)]);
    const { id, slug } = published!;
    const first = (await getCaseDocument(slug))!;

    // Version 2 is saved while published; back in draft, 3 is a draft nobody read; 4 is published.
    await saveCase(editor, id, { ...first, context: "Context of version 2." }, { expectedVersion: 1 });
    await setCaseStatus(editor, id, { to: "draft", expectedVersion: 2 }, KNOWN);
    await saveCase(editor, id, { ...first, context: "A draft context nobody read." }, { expectedVersion: 2 });
    await saveCase(editor, id, { ...first, context: "Context of version 4." }, { expectedVersion: 3 });
    await setCaseStatus(editor, id, { to: "published", expectedVersion: 4, note: "as delivered", waive: true }, KNOWN);

    const versions = await listPublicVersions(slug);
    expect(versions.map((v) => v.version)).toEqual([4, 2, 1]);
    // Each dated as the case page dated it while it was the newest: the newest was updated when it was published.
    const now = (await getPublishedCase(slug))!;
    expect(versions[0]).toEqual({ version: 4, updatedAt: now.updatedAt });
    expect(Date.parse(versions[1]!.updatedAt)).toBeLessThan(Date.parse(versions[0]!.updatedAt));

    const second = await getPublicVersion(slug, 2);
    expect(second!.caseDocument).toMatchObject({ slug, version: 2, status: "published", context: "Context of version 2.", updatedAt: versions[1]!.updatedAt });
    expect(second!.versions).toEqual(versions);
    expect((await getPublicVersion(slug, 4))!.caseDocument.updatedAt).toBe(now.updatedAt);
    const original = await getPublicVersion(slug, 1);
    expect(original!.caseDocument.context).toBe(first.context);
    expect(original!.caseDocument.publishedAt).toBe((await getPublishedCase(slug))!.publishedAt);
    expect((await getPublicVersion(slug, 4))!.caseDocument.context).toBe("Context of version 4.");
    // A draft version, a version the case never had, and a case never published are not readable.
    expect(await getPublicVersion(slug, 3)).toBeNull();
    expect(await getPublicVersion(slug, 5)).toBeNull();
    expect(await listPublicVersions(draft!.slug)).toEqual([]);
    expect(await getPublicVersion(draft!.slug, 1)).toBeNull();

    // A revision stored before the case format changed, that no longer fits it: the newest is shown as the case is
    // (its citations point to it); an older one is not found.
    await getDb().execute(sql`update case_revisions set document = document - 'methods' where case_id = ${id} and version in (2, 4)`);
    clearReadCache();
    expect((await getPublicVersion(slug, 4))!.caseDocument.context).toBe("Context of version 4.");
    expect(await getPublicVersion(slug, 2)).toBeNull();

    await setCaseStatus(editor, id, { to: "archived", expectedVersion: 4 }, KNOWN);
    expect(await listPublicVersions(slug)).toEqual([]);
    expect(await getPublicVersion(slug, 2)).toBeNull();
  });
});
