import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { PublishedSaveGateError, saveCase, setCaseStatus, StaleCaseError, StatusChangedError } from "@/db/case-editing";
import { getCaseHistory, getCaseRevision, getRevisionContents, restoreRevision } from "@/db/case-history";
import { getCaseDocument, importCases } from "@/db/cases";
import { ensurePartnerCities } from "@/db/cities";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import type { CaseDocument } from "@/lib/case/schema";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE } from "../support/fixtures";
import { person } from "../support/people";

/** The delivered case as a draft, and an editor's second version of it with another context. */
async function twoVersions(): Promise<{ id: number; document: CaseDocument; editor: Actor }> {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  const [saved] = await importCases([parseFile(DELIVERED_CASE)]);
  const document = (await getCaseDocument(saved!.slug))!;
  const editor = await person("editor@example.org", "editor");
  await saveCase(editor, saved!.id, { ...document, context: "A shorter context." }, { expectedVersion: 1, message: "Shorter context" });
  return { id: saved!.id, document, editor };
}

const revisionCount = async () => Number((await getDb().execute<{ n: number }>(sql`select count(*)::int as n from case_revisions`))[0]!.n);

describeOnEachDatabase("the history of a case", () => {
  it("lists the revisions newest first, with who saved them and why", async () => {
    const { id, editor } = await twoVersions();
    const history = await getCaseHistory(editor, id);
    expect(history?.case).toMatchObject({ cityName: "Saint-Etienne", policyAreaName: "Artificial Intelligence", version: 2, status: "draft" });
    expect(history?.revisions.map((r) => [r.version, r.authorEmail, r.message])).toEqual([[2, "editor@example.org", "Shorter context"], [1, "server", ""]]);
    expect(await getCaseHistory(editor, id + 1000)).toBeNull();
  });

  it("reads one revision without the rest, for the page that restores it", async () => {
    const { id, editor } = await twoVersions();
    expect(await getCaseRevision(editor, id, 1)).toMatchObject({ case: { id, version: 2, cityName: "Saint-Etienne" }, revision: { version: 1, authorEmail: "server", message: "" } });
    expect(await getCaseRevision(editor, id, 3)).toBeNull();
    expect(await getCaseRevision(editor, id + 1000, 1)).toBeNull();
    await expect(getCaseRevision(await person("lund@example.org", "city_editor", ["lund"]), id, 1)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps in a revision what was stored: a participant linked by name to an organisation is linked in the revision too", async () => {
    const { id, document, editor } = await twoVersions();
    const organisation = document.inventory[0]!.actor;
    const stored = (await getCaseDocument(document.slug))!;
    // Typed by name, not picked: the save links it to the inventory's organisation of that name.
    await saveCase(editor, id, { ...stored, participants: [...stored.participants, { name: organisation.name, actor: null }] }, { expectedVersion: 2 });
    const linked = (await getCaseDocument(document.slug))!;
    expect(linked.participants.at(-1)).toEqual({ name: organisation.name, actor: organisation.slug });
    await saveCase(editor, id, { ...linked, context: "Another context." }, { expectedVersion: 3 });
    const contents = await getRevisionContents(editor, id, [3, 4]);
    // Version 4 changed the context only: its people are version 3's.
    expect(contents.get(3)!.participants).toEqual(linked.participants);
    expect(contents.get(4)!.participants).toEqual(contents.get(3)!.participants);
  });

  it("restores an earlier version as a new revision with the old content, keeping the status", async () => {
    const { id, document, editor } = await twoVersions();
    await setCaseStatus(editor, id, { to: "in_review", expectedVersion: 2 }, { cities: [], policyAreas: [] });
    const restored = await restoreRevision(editor, id, { version: 1, expectedVersion: 2 });
    expect(restored.version).toBe(3);
    const now = await getCaseDocument(document.slug);
    expect(now?.context).toBe(document.context);
    expect(now?.status).toBe("in_review");
    const contents = await getRevisionContents(editor, id, [1, 3]);
    expect(contents.get(3)).toEqual(contents.get(1));
    expect((await getCaseHistory(editor, id))?.revisions[0]).toMatchObject({ version: 3, message: "Restored version 1", authorEmail: "editor@example.org" });
    // Version 1 holds what the case holds now: the history offers no restore of it.
    expect((await getCaseHistory(editor, id))?.revisions.map((r) => [r.version, r.isCurrentContent])).toEqual([[3, true], [2, false], [1, true]]);
    // The audit log says it was a restore, and of which version.
    const [audit] = await getDb().execute<{ details: unknown }>(sql`select details from audit_log where action = 'case.updated' order by id desc limit 1`);
    expect(audit!.details).toEqual({ version: 3, source: "editor", restoredFrom: 1 });
  });

  it("refuses a restore asked from a page that showed another status (published meanwhile), and writes nothing", async () => {
    const { id, editor } = await twoVersions();
    await setCaseStatus(editor, id, { to: "in_review", expectedVersion: 2 }, { cities: [], policyAreas: [] });
    await expect(restoreRevision(editor, id, { version: 1, expectedVersion: 2, expectedStatus: "draft" })).rejects.toBeInstanceOf(StatusChangedError);
    expect(await revisionCount()).toBe(2);
  });

  it("refuses a restore made from a stale version and writes nothing", async () => {
    const { id, document, editor } = await twoVersions();
    await expect(restoreRevision(editor, id, { version: 1, expectedVersion: 1 })).rejects.toEqual(new StaleCaseError(2));
    expect(await revisionCount()).toBe(2);
    expect((await getCaseDocument(document.slug))?.context).toBe("A shorter context.");
  });

  it("refuses anyone who may not edit the case, and writes nothing", async () => {
    const { id, document } = await twoVersions();
    const ownCity = await person("se@example.org", "city_editor", ["saint-etienne"]);
    await setCaseStatus(await person("chief@example.org", "editor"), id, { to: "in_review", expectedVersion: 2 }, { cities: [], policyAreas: [] });
    const askers: Array<[string, Actor | null]> = [
      ["anonymous", null],
      ["city editor of another city", await person("lund@example.org", "city_editor", ["lund"])],
      ["city editor of the city, the case no longer a draft", ownCity],
    ];
    for (const [who, actor] of askers) await expect(restoreRevision(actor, id, { version: 1, expectedVersion: 2 }), who).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCaseHistory(null, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getRevisionContents(askers[1]![1], id, [1])).rejects.toBeInstanceOf(ForbiddenError);
    expect(await revisionCount()).toBe(2);
    expect((await getCaseDocument(document.slug))?.context).toBe("A shorter context.");
  });

  it("refuses to restore, on a published case, a version that would put new serious problems on its public page", async () => {
    const { id, document, editor } = await twoVersions();
    const known = { cities: ["Saint-Etienne"], policyAreas: ["Artificial Intelligence"] };
    const stored = (await getCaseDocument(document.slug))!;
    await saveCase(editor, id, { ...stored, inventory: stored.inventory.map((row, i) => (i === 0 ? { ...row, facets: [] } : row)) }, { expectedVersion: 2 });
    await saveCase(editor, id, stored, { expectedVersion: 3 });
    await setCaseStatus(editor, id, { to: "published", expectedVersion: 4, note: "test", waive: true }, known);
    const refusal = await restoreRevision(editor, id, { version: 3, expectedVersion: 4 }, known).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PublishedSaveGateError);
    expect((refusal as PublishedSaveGateError).problems.map((p) => p.check)).toEqual(["missing-facet"]);
    expect(await revisionCount()).toBe(4);
    // Ticked without a reason is not waived: there is nothing to keep with the problems.
    await expect(restoreRevision(editor, id, { version: 3, expectedVersion: 4, waive: true, reason: " " }, known)).rejects.toBeInstanceOf(PublishedSaveGateError);
    // Waived with a reason, the problems go public, the reason in the revision and the problems in the audit log.
    const waived = await restoreRevision(editor, id, { version: 3, expectedVersion: 4, waive: true, reason: "The facet is being reviewed" }, known);
    expect(waived.version).toBe(5);
    expect((await getCaseHistory(editor, id))?.revisions[0]).toMatchObject({ version: 5, message: "Restored version 3: The facet is being reviewed" });
    const [audit] = await getDb().execute<{ details: { waived?: string[] } }>(sql`select details from audit_log where action = 'case.updated' order by id desc limit 1`);
    expect(audit!.details.waived).toHaveLength(1);
    // A version that adds none is restored as before.
    expect((await restoreRevision(editor, id, { version: 1, expectedVersion: 5 }, known)).version).toBe(6);
  });

  it("says so when the version to restore does not exist", async () => {
    const { id, editor } = await twoVersions();
    await expect(restoreRevision(editor, id, { version: 7, expectedVersion: 2 })).rejects.toThrow("This case has no version 7");
    expect(await revisionCount()).toBe(2);
  });
});
