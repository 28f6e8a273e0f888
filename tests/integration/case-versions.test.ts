import { expect, it } from "vitest";
import { saveCase, setCaseStatus } from "@/db/case-editing";
import { getPublicVersion, listPublicVersions } from "@/db/case-versions";
import { getCaseDocument, getPublishedCase, importCases } from "@/db/cases";
import { getDb } from "@/db/client";
import { ensurePartnerCities } from "@/db/cities";
import { createUser, getSessionActor } from "@/db/users";
import { newUserSchema } from "@/lib/auth/user-schemas";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";

const KNOWN = { cities: [], policyAreas: [] };

describeOnEachDatabase("the versions of a case that readers can read", () => {
  it("are the versions saved or published while the case was published, each as it was saved, and none once it is withdrawn", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const editor = (await getSessionActor(await createUser(newUserSchema.parse({ email: "editor@example.org", role: "editor", password: "a long enough password" }), { by: "server" }), 1))!;
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
    expect(versions.every((v) => !Number.isNaN(Date.parse(v.savedAt)))).toBe(true);
    const newest = versions[0]!;

    const second = await getPublicVersion(slug, 2);
    expect(second!.caseDocument).toMatchObject({ slug, version: 2, status: "published", context: "Context of version 2.", updatedAt: versions[1]!.savedAt });
    expect(second!.newest).toEqual(newest);
    const original = await getPublicVersion(slug, 1);
    expect(original!.caseDocument.context).toBe(first.context);
    expect(original!.caseDocument.publishedAt).toBe((await getPublishedCase(slug))!.publishedAt);
    expect((await getPublicVersion(slug, 4))!.caseDocument.context).toBe("Context of version 4.");
    // A draft version, a version the case never had, and a case never published are not readable.
    expect(await getPublicVersion(slug, 3)).toBeNull();
    expect(await getPublicVersion(slug, 5)).toBeNull();
    expect(await listPublicVersions(draft!.slug)).toEqual([]);
    expect(await getPublicVersion(draft!.slug, 1)).toBeNull();

    await setCaseStatus(editor, id, { to: "archived", expectedVersion: 4 }, KNOWN);
    expect(await listPublicVersions(slug)).toEqual([]);
    expect(await getPublicVersion(slug, 2)).toBeNull();
  });
});
