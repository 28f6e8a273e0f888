import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { listAudit } from "@/db/audit";
import { AddressError, changeCaseAddress } from "@/db/case-address";
import { getCaseForEditing } from "@/db/case-editor";
import { CaseError, createCase, saveCase, setCaseStatus } from "@/db/case-editing";
import { restoreRevision } from "@/db/case-history";
import { getPublicVersion } from "@/db/case-versions";
import { getCaseDocument, getMovedCase, getPublishedCase, importCases } from "@/db/cases";
import { ensurePartnerCities } from "@/db/cities";
import { getDb } from "@/db/client";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

const KNOWN = { cities: ["Saint-Etienne", "Lund"], policyAreas: ["Artificial Intelligence"] };
const OLD = "saint-etienne-artificial-intelligence";
const NEW = "saint-etienne-ai";

/** The delivered case, imported (published when asked) and saved once more as version 2. */
async function storedCase({ publish }: { publish: boolean }) {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  const [saved] = await importCases([parseFile(DELIVERED_CASE)], { publish });
  const editor = await person("editor@example.org", "editor");
  const stored = (await getCaseDocument(OLD))!;
  await saveCase(editor, saved!.id, { ...stored, context: `${stored.context} Corrected.` }, { expectedVersion: 1 });
  return { id: saved!.id, editor };
}

/** A case's address as its editors read it: its own, those that lead to it, and whether readers could ever read it. */
async function getCaseAddress(by: Actor, id: number) {
  const editable = (await getCaseForEditing(by, id))!;
  return { slug: editable.document.slug, formerSlugs: editable.formerSlugs, wasPublic: editable.wasPublic };
}

const revisionCount = async () => Number((await getDb().execute<{ n: number }>(sql`select count(*)::int as n from case_revisions`))[0]!.n);

describeOnEachDatabase("a case's address changed by an editor", () => {
  it("moves a published case, its versions and its history, and its earlier address leads there", async () => {
    const { id, editor } = await storedCase({ publish: true });
    expect(await changeCaseAddress(editor, id, NEW)).toEqual({ from: OLD, to: NEW, leadsHere: true });
    expect(await getPublishedCase(OLD)).toBeNull();
    expect(await getPublishedCase(NEW)).toMatchObject({ slug: NEW, version: 2 });
    expect(await getMovedCase(OLD)).toBe(NEW);
    expect((await getPublicVersion(NEW, 1))?.caseDocument.slug).toBe(NEW);
    expect(await getCaseAddress(editor, id)).toEqual({ slug: NEW, formerSlugs: [OLD], wasPublic: true });
    expect(await revisionCount()).toBe(2);
    const admin = await person("admin@example.org", "admin");
    expect((await listAudit(admin, { action: "case.address_changed" })).rows[0]).toMatchObject({ subject: NEW, actorEmail: "editor@example.org", details: { from: OLD } });

    // Moved back, the address is the case's own again, not an earlier one.
    await changeCaseAddress(editor, id, OLD);
    expect(await getCaseAddress(editor, id)).toEqual({ slug: OLD, formerSlugs: [NEW], wasPublic: true });
    expect(await getMovedCase(OLD)).toBeNull();
  });

  it("keeps the address through a save from a form opened before, and through a restore of a version made before", async () => {
    const { id, editor } = await storedCase({ publish: false });
    const opened = (await getCaseDocument(OLD))!;
    await changeCaseAddress(editor, id, NEW);
    const saved = await saveCase(editor, id, { ...opened, title: "A title typed meanwhile" }, { expectedVersion: 2 });
    expect(saved).toMatchObject({ slug: NEW, version: 3 });
    await restoreRevision(editor, id, { version: 1, expectedVersion: 3, expectedStatus: "draft" }, KNOWN);
    expect(await getCaseDocument(NEW)).toMatchObject({ slug: NEW, version: 4 });
    expect(await getCaseDocument(OLD)).toBeNull();
    // Never published: its earlier address was nobody's to cite, and is free again.
    expect(await getCaseAddress(editor, id)).toEqual({ slug: NEW, formerSlugs: [], wasPublic: false });
  });

  it("refuses anyone but an ekip editor or an admin, an address taken or once public, and never lets another case take an earlier one", async () => {
    const { id, editor } = await storedCase({ publish: true });
    const [lund] = await importCases([parseFile(LUND_VARIANT)]);
    const askers = [null, await person("se@example.org", "city_editor", ["saint-etienne"])];
    for (const actor of askers) await expect(changeCaseAddress(actor, id, NEW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeCaseAddress(editor, id, OLD)).rejects.toEqual(new AddressError(`The case's address is ${OLD} already`));
    await expect(changeCaseAddress(editor, id, lund!.slug)).rejects.toEqual(new AddressError(`The address ${lund!.slug} is taken by another case: choose another`));
    expect(await getCaseAddress(editor, id)).toMatchObject({ slug: OLD, formerSlugs: [] });

    await changeCaseAddress(editor, id, NEW);
    const taken = `The address ${OLD} was another case's, and still leads to it (/cases/${NEW}): choose another`;
    await expect(changeCaseAddress(editor, lund!.id, OLD)).rejects.toEqual(new AddressError(taken));
    // A new case for the city and policy area it moved from (given a focus) cannot take it either, in the editor or by an import.
    await setCaseStatus(editor, id, { to: "draft", expectedVersion: 2 }, KNOWN);
    const other = { ...parseFile(DELIVERED_CASE), focus: "A second look" };
    await expect(createCase(editor, { ...other, slug: OLD })).rejects.toEqual(new CaseError(taken, "slug"));
    await expect(importCases([{ ...other, slug: OLD }])).rejects.toEqual(new AddressError(taken));
    expect(await getMovedCase(OLD)).toBe(NEW);
  });
});
