import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { saveCase } from "@/db/case-editing";
import { getCaseDocument, importCases } from "@/db/cases";
import { ensurePartnerCities } from "@/db/cities";
import { CHANGES_LISTED, listChangesSinceSeen, markChangesSeen } from "@/db/dashboard";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE } from "../support/fixtures";
import { person } from "../support/people";

describeOnEachDatabase("what changed since a person last looked", () => {
  it("keeps a change made while the list was open new after 'Mark all as seen', and never moves the mark back", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const [imported] = await importCases([parseFile(DELIVERED_CASE)]);
    const [me, other] = [await person("me@example.org", "admin"), await person("other@example.org", "editor")];
    const shown = await listChangesSinceSeen(me);
    expect(shown.changes.map((c) => c.action)).toEqual(["case.created"]);
    expect(shown.hasMore).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const document = (await getCaseDocument(imported!.slug))!;
    await saveCase(other, imported!.id, { ...document, context: "Saved while my page was open." }, { expectedVersion: 1 });
    await markChangesSeen(me, shown.readAt);
    expect((await listChangesSinceSeen(me)).changes.map((c) => [c.action, c.by])).toEqual([["case.updated", "other@example.org"]]);

    await markChangesSeen(me, new Date());
    await markChangesSeen(me, shown.readAt);
    expect((await listChangesSinceSeen(me)).changes).toEqual([]);
  });

  it("lists the latest changes and says that there are more, beyond what it lists", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const [imported] = await importCases([parseFile(DELIVERED_CASE)]);
    const [me, other] = [await person("me@example.org", "admin"), await person("other@example.org", "editor")];
    const document = (await getCaseDocument(imported!.slug))!;
    for (let version = 1; version <= CHANGES_LISTED.first; version++) {
      await saveCase(other, imported!.id, { ...document, context: `Save ${version}` }, { expectedVersion: version });
    }
    const shown = await listChangesSinceSeen(me);
    expect(shown.changes).toHaveLength(CHANGES_LISTED.first);
    expect(shown.changes[0]!.details.version).toBe(CHANGES_LISTED.first + 1);
    expect(shown.hasMore).toBe(true);
  });
});
