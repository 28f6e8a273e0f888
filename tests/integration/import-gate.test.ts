import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getCaseDocument, importCases } from "@/db/cases";
import { getContentRevision } from "@/db/content-revision";
import { ImportGateError } from "@/db/import-gate";
import { listStatusChanges } from "@/db/status-changes";
import { saveCase } from "@/db/case-editing";
import { exportContent, importContent, parseDump } from "@/db/dump";
import { emptyContent } from "../support/content";
import { describeOnEachDatabase } from "../support/databases";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";
import { person } from "../support/people";

const SLUG = "saint-etienne-artificial-intelligence";
const delivered = () => parseFile(DELIVERED_CASE);
const withoutInventory = () => ({ ...delivered(), inventory: [] });
const BY = { id: null, email: "command line (npm run import)" };

async function refusal(run: Promise<unknown>): Promise<ImportGateError> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportGateError);
  return error as ImportGateError;
}

const revisions = async () =>
  getDb().execute<{ version: number; message: string }>(sql`select version, message from case_revisions order by version`);

describeOnEachDatabase("the command line's import, gated as the editor is", () => {
  it("refuses a document that would put a new serious problem on a published case's page, and writes nothing", async () => {
    await importCases([delivered()], { publish: true });
    const revision = await getContentRevision();
    const error = await refusal(importCases([withoutInventory()], { by: BY, gate: {} }));
    expect(error.refused).toEqual([{ position: 0, slug: SLUG, wasPublished: true, problems: [expect.objectContaining({ message: "The inventory is empty" })] }]);
    expect(error.message).toBe(`importing ${SLUG} would put 1 new serious problem on its public page`);
    const stored = await getCaseDocument(SLUG);
    expect(stored).toMatchObject({ version: 1, status: "published" });
    expect(stored!.inventory).toEqual(delivered().inventory);
    expect(await getContentRevision()).toBe(revision);
  });

  it("writes it with the reason given, kept as the version's message and in the audit log with the problems waived", async () => {
    await importCases([delivered()], { publish: true });
    await importCases([withoutInventory()], { by: BY, gate: { reason: "The inventory follows next week" } });
    expect(await getCaseDocument(SLUG)).toMatchObject({ version: 2, status: "published", inventory: [] });
    expect((await revisions()).at(-1)).toEqual({ version: 2, message: "The inventory follows next week" });
    const [audit] = await getDb().execute<{ details: unknown }>(sql`select details from audit_log where action = 'case.updated'`);
    expect(audit!.details).toMatchObject({ version: 2, waiver: "The inventory follows next week", waived: ["The inventory is empty"] });
  });

  it("lets through a document whose serious problems the published case has already, and any document over a draft", async () => {
    await importCases([withoutInventory()], { publish: true });
    await importCases([{ ...withoutInventory(), context: "Amended." }], { by: BY, gate: {} });
    expect(await getCaseDocument(SLUG)).toMatchObject({ version: 2, context: "Amended." });
    await importCases([{ ...delivered(), slug: "saint-etienne-artificial-intelligence-data", focus: "Data" }]);
    await importCases([{ ...withoutInventory(), slug: "saint-etienne-artificial-intelligence-data", focus: "Data" }], { by: BY, gate: {} });
    expect((await getCaseDocument("saint-etienne-artificial-intelligence-data"))?.inventory).toEqual([]);
  });

  it("publishes, as the editor does, only a case without serious problems, or with them waived and the reason kept with the change", async () => {
    const error = await refusal(importCases([withoutInventory()], { publish: true, by: BY, gate: {} }));
    expect(error).toMatchObject({ refused: [{ slug: SLUG, wasPublished: false }], message: `${SLUG} cannot be published with 1 serious problem` });
    expect(await getCaseDocument(SLUG)).toBeNull();
    const [saved] = await importCases([withoutInventory()], { publish: true, by: BY, gate: { reason: "Published for the launch" } });
    const [change] = await listStatusChanges(saved!.id);
    expect(change).toMatchObject({ from: "draft", to: "published", note: "Published for the launch", waived: ["The inventory is empty"] });
  });

  it("counts a city the same batch brings as known: a case naming it is another case's text", async () => {
    const lund = parseFile(LUND_VARIANT);
    const copied = { ...delivered(), context: `${delivered().context} As in ${lund.city.name}.` };
    const namesLund = `The context section names the city ${lund.city.name}, not this case's Saint-Etienne`;
    const error = await refusal(importCases([copied, lund], { publish: true, by: BY, gate: {} }));
    expect(error.refused.flatMap((r) => r.problems.map((p) => p.message))).toContain(namesLund);
    expect(await getCaseDocument(lund.slug)).toBeNull();
    // Without the Lund case, and with no Lund known, the same case is published.
    await importCases([copied], { publish: true, by: BY, gate: {} });
    expect((await getCaseDocument(SLUG))?.status).toBe("published");
  });

  it("judges every document of a batch before writing any, and names each refused by its place in the batch", async () => {
    await importCases([delivered()], { publish: true });
    const error = await refusal(importCases([delivered(), withoutInventory(), { ...withoutInventory(), slug: `${SLUG}-data`, focus: "Data" }], { publish: true, by: BY, gate: {} }));
    expect(error.refused.map((r) => [r.position, r.slug, r.wasPublished])).toEqual([[1, SLUG, true], [2, `${SLUG}-data`, false]]);
    expect(await getCaseDocument(`${SLUG}-data`)).toBeNull();
  });

  it("checks the document with its city's and policy area's names as the catalog has them, which a write keeps", async () => {
    const lund = parseFile(LUND_VARIANT);
    await importCases([lund]);
    // Published while it names Lund: a problem its page has already.
    await importCases([{ ...delivered(), context: `${delivered().context} As in Lund.` }], { publish: true });
    await getDb().execute(sql`update cities set name = 'Saint-Étienne-en-Forez' where slug = 'saint-etienne'`);
    await importCases([{ ...delivered(), context: `${delivered().context} As in Lund. Amended.` }], { by: BY, gate: {} });
    expect((await getCaseDocument(SLUG))?.context).toMatch(/Amended\.$/);
  });

  it("refuses a document over a case last saved in the editor, whose edits it would replace, unless told to replace them", async () => {
    const [imported] = await importCases([delivered()]);
    const editor = await person("editor@example.org", "editor");
    await saveCase(editor, imported!.id, { ...(await getCaseDocument(SLUG))!, context: "Corrected in the editor." }, { expectedVersion: 1 });
    const error = await refusal(importCases([delivered()], { by: BY, gate: {} }));
    expect(error.refused).toEqual([expect.objectContaining({ position: 0, problems: [], replaces: { version: 2, by: "editor@example.org", at: expect.any(Date) } })]);
    expect(error.message).toMatch(new RegExp(`^${SLUG} was saved in the editor since it was last imported \\(version 2, by editor@example\\.org, \\d+ \\w+ \\d{4}\\): importing would replace what was saved there$`));
    // The document of what the editor saved replaces nothing: it is let through (and changes nothing).
    expect((await importCases([{ ...delivered(), context: "Corrected in the editor." }], { by: BY, gate: {} }))[0]).toMatchObject({ unchanged: true, version: 2 });
    // Published by the command line with the text the editor saved: a version of the command line's, replacing nothing.
    await importCases([{ ...delivered(), context: "Corrected in the editor." }], { publish: true, by: BY, gate: { reason: "test" } });
    expect((await getCaseDocument(SLUG))?.version).toBe(3);
    expect((await refusal(importCases([delivered()], { by: BY, gate: {} }))).refused[0]!.replaces).toMatchObject({ version: 2, by: "editor@example.org" });
    await importCases([delivered()], { by: BY, gate: { replaceEdits: true }, messages: ["Imported from saint-etienne.md"] });
    expect((await revisions()).at(-1)).toEqual({ version: 4, message: "Imported from saint-etienne.md" });
    // Imported last now: the next import replaces nobody's edits.
    await importCases([{ ...delivered(), context: "Delivered again." }], { by: BY, gate: {} });
    expect((await getCaseDocument(SLUG))?.version).toBe(5);
  });

  it("leaves the editors' note as it is: ekip's word, which no delivered document holds", async () => {
    const [imported] = await importCases([delivered()]);
    const note = "The summary seems to come from another city's case.";
    await saveCase(await person("editor@example.org", "editor"), imported!.id, { ...(await getCaseDocument(SLUG))!, editorsNote: note }, { expectedVersion: 1 });
    // The delivered document again, with the note the editor added: it replaces nothing, so goes through, and changes nothing.
    expect((await importCases([delivered()], { by: BY, gate: {} }))[0]).toMatchObject({ unchanged: true, version: 2 });
    await importCases([{ ...delivered(), context: "Delivered again." }], { by: BY, gate: { replaceEdits: true } });
    expect(await getCaseDocument(SLUG)).toMatchObject({ version: 3, context: "Delivered again.", editorsNote: note });
    // A document that carries a note of its own (the API's JSON) does not change it either.
    await importCases([{ ...delivered(), context: "Delivered a third time.", editorsNote: "Another note." }], { by: BY, gate: {} });
    expect(await getCaseDocument(SLUG)).toMatchObject({ version: 4, editorsNote: note });
  });

  it("knows a case saved in the editor after its content is dumped and restored, without the audit log", async () => {
    const [imported] = await importCases([delivered()]);
    await saveCase(await person("editor@example.org", "editor"), imported!.id, { ...(await getCaseDocument(SLUG))!, context: "Corrected in the editor." }, { expectedVersion: 1 });
    const dump = await exportContent();
    await emptyContent();
    await importContent(parseDump(JSON.stringify(dump)));
    const error = await refusal(importCases([delivered()], { by: BY, gate: {} }));
    expect(error.refused[0]!.replaces).toMatchObject({ version: 2, by: "editor@example.org" });
  });
});
