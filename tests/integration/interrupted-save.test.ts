import { expect, it } from "vitest";
import { saveCase } from "@/db/case-editing";
import { getCaseDocument, importCases } from "@/db/cases";
import { getCaseHistory } from "@/db/case-history";
import { connectDatabase, getDb, useDatabase } from "@/db/client";
import { clearReadCache } from "@/db/read-cache";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE } from "../support/fixtures";
import { startTcpProxy } from "../support/tcp-proxy";
import { person } from "../support/people";

describeOnEachDatabase("a save interrupted by the database going away", (kind) => {
  // postgres.js 3.4.9 threw an uncaught TypeError from a write it buffered for the dead connection
  // (porsager/postgres#1154, #1208; fix unreleased): patches/postgres+3.4.9.patch guards it, and this test fails without it.
  it("leaves the previous version whole: no new revision, no half-written parts", async () => {
    const [saved] = await importCases([parseFile(DELIVERED_CASE)], { publish: true });
    const before = (await getCaseDocument(saved!.slug))!;
    const editor = await person("editor@example.org", "editor");

    const direct = getDb();
    const { host: [host], port: [port], database } = direct.$client.options as unknown as { host: string[]; port: number[]; database: string };
    const proxy = await startTcpProxy({ host: host!, port: port! });
    // The connection drops after the case's parts are rewritten, as the revision is written: two statements
    // (content revision, audit entry) before the commit. The answers stop first, then the connection goes:
    // dropping it while postgres.js 3.4.9 holds a buffered write crashes the process (porsager/postgres#1154).
    const through = connectDatabase(`postgres://postgres@127.0.0.1:${proxy.port}/${database}`, {
      embedded: kind === "pglite",
      onQuery: (sql) => void (/insert into "case_revisions"/.test(sql) && (proxy.freeze(), setTimeout(() => void proxy.cut(), 100))),
    });
    useDatabase(through);
    try {
      const edited = { ...before, context: "Half of a save.", participants: [], inventory: before.inventory.slice(0, 1) };
      await expect(saveCase(editor, saved!.id, edited, { expectedVersion: 1 })).rejects.toThrow();
    } finally {
      useDatabase({ db: direct, url: "", close: async () => {} });
      // No end(): its goodbye would be a buffered write on a dead socket, the driver bug above.
      await proxy.close();
    }
    clearReadCache();
    const after = (await getCaseDocument(saved!.slug))!;
    expect(after).toEqual(before);
    expect((await getCaseHistory(editor, saved!.id))!.revisions.map((r) => r.version)).toEqual([1]);
  });
});
