import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { CaseError, createCase, PublishedSaveGateError, saveCase, setCaseStatus, StaleCaseError, StatusChangedError } from "@/db/case-editing";
import { getCaseHistory } from "@/db/case-history";
import { updateCaseFromDocument } from "@/db/case-update";
import { getCaseDocument, importCases } from "@/db/cases";
import { ensurePartnerCities } from "@/db/cities";
import { ForbiddenError } from "@/lib/auth/roles";
import type { CaseDocument } from "@/lib/case/schema";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

const KNOWN = { cities: ["Saint-Etienne", "Lund"], policyAreas: ["Artificial Intelligence"] };

/** The delivered case as a draft, given an editors' note in the editor (version 2); the document it was read from. */
async function storedCase() {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  const document = parseFile(DELIVERED_CASE);
  const [saved] = await importCases([document]);
  const editor = await person("editor@example.org", "editor");
  const stored = (await getCaseDocument(saved!.slug))!;
  await saveCase(editor, saved!.id, { ...stored, editorsNote: "The summary speaks of Košice." }, { expectedVersion: 1 });
  return { id: saved!.id, document, editor };
}

const corrected = (document: CaseDocument): CaseDocument => ({ ...document, context: `${document.context} Corrected.` });
const revisionCount = async () => Number((await getDb().execute<{ n: number }>(sql`select count(*)::int as n from case_revisions`))[0]!.n);

describeOnEachDatabase("a case updated from a corrected document", () => {
  it("saves the document as a new version with the reason, keeping the editors' note, the address and the status", async () => {
    const { id, document, editor } = await storedCase();
    const saved = await updateCaseFromDocument(editor, id, corrected(document), { expectedVersion: 2, expectedStatus: "draft", reason: " A sentence was missing " }, KNOWN);
    expect(saved).toMatchObject({ version: 3, unchanged: false, status: "draft" });
    const now = (await getCaseDocument(document.slug))!;
    expect(now.context).toBe(`${document.context} Corrected.`);
    expect(now.editorsNote).toBe("The summary speaks of Košice.");
    expect((await getCaseHistory(editor, id))?.revisions[0]).toMatchObject({ version: 3, message: "Updated from a corrected document: A sentence was missing", authorEmail: "editor@example.org" });
    // The same document again changes nothing: no version.
    const again = await updateCaseFromDocument(editor, id, corrected(document), { expectedVersion: 3, expectedStatus: "draft" }, KNOWN);
    expect(again).toMatchObject({ version: 3, unchanged: true });
    expect(await revisionCount()).toBe(3);
  });

  it("refuses the document of another case, a stale version or status, and anyone who may not edit the case, writing nothing", async () => {
    const { id, document, editor } = await storedCase();
    const lund = parseFile(LUND_VARIANT);
    const other = await updateCaseFromDocument(editor, id, lund, { expectedVersion: 2, expectedStatus: "draft" }, KNOWN).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(CaseError);
    expect(other).toMatchObject({ field: "document", message: expect.stringMatching(/^This document is the case of Lund: .+, not of Saint-Etienne: Artificial Intelligence/) });
    await expect(updateCaseFromDocument(editor, id, corrected(document), { expectedVersion: 1, expectedStatus: "draft" }, KNOWN)).rejects.toEqual(new StaleCaseError(2));
    await setCaseStatus(editor, id, { to: "in_review", expectedVersion: 2 }, KNOWN);
    await expect(updateCaseFromDocument(editor, id, corrected(document), { expectedVersion: 2, expectedStatus: "draft" }, KNOWN)).rejects.toBeInstanceOf(StatusChangedError);
    const askers = [null, await person("lund@example.org", "city_editor", ["lund"]), await person("se@example.org", "city_editor", ["saint-etienne"])];
    for (const actor of askers) await expect(updateCaseFromDocument(actor, id, corrected(document), { expectedVersion: 2, expectedStatus: "in_review" }, KNOWN)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await revisionCount()).toBe(2);
    expect((await getCaseDocument(document.slug))?.context).toBe(document.context);
  });

  it("on a published case, refuses new serious problems on its public page unless waived with a reason", async () => {
    const { id, document, editor } = await storedCase();
    await setCaseStatus(editor, id, { to: "published", expectedVersion: 2, note: "test", waive: true }, KNOWN);
    const broken = { ...corrected(document), inventory: document.inventory.map((row, i) => (i === 0 ? { ...row, facets: [] } : row)) };
    const refusal = await updateCaseFromDocument(editor, id, broken, { expectedVersion: 2, expectedStatus: "published" }, KNOWN).catch((e: unknown) => e);
    expect((refusal as PublishedSaveGateError).problems.map((p) => p.check)).toEqual(["missing-facet"]);
    await expect(updateCaseFromDocument(editor, id, broken, { expectedVersion: 2, expectedStatus: "published", waive: true, reason: " " }, KNOWN)).rejects.toBeInstanceOf(PublishedSaveGateError);
    expect(await revisionCount()).toBe(2);
    const waived = await updateCaseFromDocument(editor, id, broken, { expectedVersion: 2, expectedStatus: "published", waive: true, reason: "The facet is being checked" }, KNOWN);
    expect(waived).toMatchObject({ version: 3, status: "published" });
  });

  it("keeps the case's address, on the command line's import too: a saved case's address never changes", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const editor = await person("editor@example.org", "editor");
    const document = parseFile(DELIVERED_CASE);
    const created = await createCase(editor, { ...document, slug: "saint-etienne-ai-workshop" });
    await importCases([corrected(document)]);
    const now = (await getCaseDocument("saint-etienne-ai-workshop"))!;
    expect(now).toMatchObject({ version: 2, context: `${document.context} Corrected.` });
    await updateCaseFromDocument(editor, created.id, document, { expectedVersion: 2, expectedStatus: "draft" }, KNOWN);
    expect((await getCaseDocument("saint-etienne-ai-workshop"))?.version).toBe(3);
  });
});
