import { sql } from "drizzle-orm";
import postgres from "postgres";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getContentRevision, getContentTag } from "@/db/content-revision";
import { CaseError, DraftsOnlyError, listRevisions, PublishedSaveGateError, QualityGateError, saveCase, setCaseStatus, StaleCaseError, StatusChangedError } from "@/db/case-editing";
import { getCaseDocument, importCases } from "@/db/cases";
import { getCaseForEditing } from "@/db/case-editor";
import { getCaseHistory } from "@/db/case-history";
import { ensurePartnerCities } from "@/db/cities";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import type { CaseDocument } from "@/lib/case/schema";
import { parseFile } from "../support/cases";
import { describeOnEachDatabase, POSTGRES_URL } from "../support/databases";
import { DELIVERED_CASE } from "../support/fixtures";
import { person } from "../support/people";

const KNOWN = { cities: ["Košice", "Saint-Etienne", "Lund"], policyAreas: ["Artificial Intelligence", "New European Bauhaus"] };

async function draft(): Promise<{ id: number; document: CaseDocument }> {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  const [saved] = await importCases([parseFile(DELIVERED_CASE)]);
  return { id: saved!.id, document: (await getCaseDocument(saved!.slug))! };
}

const revisionCount = async () => Number((await getDb().execute<{ n: number }>(sql`select count(*)::int as n from case_revisions`))[0]!.n);

describeOnEachDatabase("editing cases", (kind) => {
  it("empties the public caches for a draft's save only when it changes what public pages show; always for a published case", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    let version = document.version ?? 1;
    const save = async (changes: Partial<CaseDocument>) => {
      const [before, tag] = [await getContentRevision(), await getContentTag()];
      version = (await saveCase(editor, id, { ...document, ...changes }, { expectedVersion: version })).version;
      const changed = (await getContentRevision()) - before;
      // The bulk files' validator (ETag) changes with the public content, and only with it.
      expect(await getContentTag() !== tag).toBe(changed > 0);
      return changed;
    };
    expect(await save({ context: "Only the draft's own text." })).toBe(0);
    const [first, ...rest] = document.inventory;
    const respelled = [{ ...first!, actor: { ...first!.actor, name: `${first!.actor.name} (respelled)` } }, ...rest];
    expect(await save({ inventory: respelled }), "a new spelling: an alias of a shared organisation").toBe(1);
    expect(await save({ inventory: respelled, context: "Again, text only." })).toBe(0);
    const added = [...respelled, { ...first!, actor: { name: "An Organisation Never Seen", slug: "an-organisation-never-seen" } }];
    expect(await save({ inventory: added }), "a new organisation").toBe(1);
    expect(document.city.website).not.toBeNull();
    await getDb().execute(sql`update cities set website = null where slug = ${document.city.slug}`);
    expect(await save({ inventory: added }), "the city's missing website filled in").toBe(1);
    expect(await save({ inventory: added }), "the same again: nothing left to fill").toBe(0);

    await setCaseStatus(editor, id, { to: "published", expectedVersion: version, note: "test", waive: true }, KNOWN);
    version = (await getCaseDocument(document.slug))!.version!;
    expect(await save({ inventory: added, context: "Published text." })).toBe(1);
  });


  it("lets a draft's text about its city and policy area reach their public pages only once the case is published", async () => {
    const catalog = async () => (await getDb().execute<{ city: string; citySample: boolean; area: string; areaSample: boolean }>(sql`
      select ci.description as city, ci.is_sample as "citySample", pa.description as area, pa.is_sample as "areaSample"
      from cases k join cities ci on ci.id = k.city_id join policy_areas pa on pa.id = k.policy_area_id where k.id = ${id}`))[0];
    const { id, document } = await draft();
    expect(document.cityIntro).not.toBe("");
    expect(await catalog(), "the import of a draft").toEqual({ city: null, citySample: false, area: null, areaSample: false });
    await getDb().execute(sql`update cities set is_sample = true where slug = ${document.city.slug}`);
    await getDb().execute(sql`update policy_areas set is_sample = true where slug = ${document.policyArea.slug}`);
    const editor = await person("editor@example.org", "editor");
    const intros = { cityIntro: "A draft's view of the city.", policyAreaIntro: "A draft's view of the policy area." };
    const { version } = await saveCase(editor, id, { ...document, ...intros }, { expectedVersion: 1 });
    expect(await catalog(), "a draft's save").toEqual({ city: null, citySample: true, area: null, areaSample: true });
    await setCaseStatus(editor, id, { to: "published", expectedVersion: version, note: "test", waive: true }, KNOWN);
    expect(await catalog(), "published").toEqual({ city: intros.cityIntro, citySample: false, area: intros.policyAreaIntro, areaSample: false });

    // Emptied by staff, a description stays empty: the next save of the published case does not fill it again.
    await getDb().execute(sql`update cities set description = '' where slug = ${document.city.slug}`);
    const published = (await getCaseDocument(document.slug))!;
    await saveCase(editor, id, { ...published, context: "Corrected." }, { expectedVersion: published.version! });
    expect((await catalog())!.city).toBe("");
  });

  it("takes a withdrawn case's text back from its city's and policy area's pages, giving them that of a case still published", async () => {
    const catalog = async (slug: string) => (await getDb().execute<{ city: string | null; area: string | null }>(sql`
      select ci.description as city, pa.description as area
      from cases k join cities ci on ci.id = k.city_id join policy_areas pa on pa.id = k.policy_area_id where k.slug = ${slug}`))[0];
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const publish = async (caseId: number, slug: string) =>
      setCaseStatus(editor, caseId, { to: "published", expectedVersion: (await getCaseDocument(slug))!.version!, note: "test", waive: true }, KNOWN);
    const move = async (caseId: number, slug: string, to: "archived" | "draft") => setCaseStatus(editor, caseId, { to, expectedVersion: (await getCaseDocument(slug))!.version! }, KNOWN);
    await publish(id, document.slug);
    // A second case of the same city and policy area, with its own focus and words, published later.
    const [other] = await importCases([{ ...document, slug: `${document.slug}-data`, focus: "Data", cityIntro: "The second case's city.", policyAreaIntro: "The second case's area." }]);
    await publish(other!.id, other!.slug);
    expect(await catalog(document.slug), "the first published gave them").toEqual({ city: document.cityIntro, area: document.policyAreaIntro });

    await move(id, document.slug, "draft");
    expect(await catalog(document.slug), "the first withdrawn: the one still published").toEqual({ city: "The second case's city.", area: "The second case's area." });
    await move(other!.id, other!.slug, "archived");
    expect(await catalog(document.slug), "none published: gaps again, which the next published case fills").toEqual({ city: null, area: null });
    await publish(id, document.slug);
    expect(await catalog(document.slug)).toEqual({ city: document.cityIntro, area: document.policyAreaIntro });

    // Text the case said in an earlier version and gave then goes with it too.
    await getDb().execute(sql`update cities set description = null where slug = ${document.city.slug}`);
    await move(id, document.slug, "draft");
    await publish(id, document.slug);
    const given = (await getCaseDocument(document.slug))!;
    await saveCase(editor, id, { ...given, cityIntro: "Said later, once published." }, { expectedVersion: given.version!, message: "test" });
    expect((await catalog(document.slug))!.city, "a description is never overwritten").toBe(document.cityIntro);
    await move(id, document.slug, "draft");
    expect((await catalog(document.slug))!.city).toBeNull();
    await publish(id, document.slug);

    // A description staff wrote, or emptied, is theirs: withdrawing a case leaves it.
    await getDb().execute(sql`update cities set description = 'Written by staff.' where slug = ${document.city.slug}`);
    await getDb().execute(sql`update policy_areas set description = '' where slug = ${document.policyArea.slug}`);
    await move(id, document.slug, "archived");
    expect(await catalog(document.slug)).toEqual({ city: "Written by staff.", area: "" });
  });

  // Two connections at once: PostgreSQL only (PGlite has one).
  it.skipIf(kind === "pglite")("takes back the text of two cases withdrawn at the same moment: neither leaves the other's text public", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const [other] = await importCases([{ ...document, slug: `${document.slug}-data`, focus: "Data", cityIntro: "The second case's city.", policyAreaIntro: "The second case's area." }]);
    for (const c of [{ id, slug: document.slug }, { id: other!.id, slug: other!.slug }]) {
      await setCaseStatus(editor, c.id, { to: "published", expectedVersion: (await getCaseDocument(c.slug))!.version!, note: "test", waive: true }, KNOWN);
    }
    const name = (await getDb().execute<{ name: string }>(sql`select current_database() as name`))[0]!.name;
    const blocker = postgres(Object.assign(new URL(POSTGRES_URL), { pathname: `/${name}` }).toString(), { max: 1, onnotice: () => {} });
    try {
      // A third session holds the city's row; the first withdrawal reaches it, then the second (which, unlocked, would
      // end at once, its text not being the city's, and leave the first to give the city its text).
      const withdrawn = await blocker.begin(async (held) => {
        await held`select 1 from cities where slug = ${document.city.slug} for update`;
        // Within a transaction the sessions listed are those of the first look, unless the snapshot is cleared.
        const waiting = async () => {
          await held`select pg_stat_clear_snapshot()`;
          return Number((await held`select count(*)::int as n from pg_stat_activity where datname = ${name} and wait_event_type = 'Lock'`)[0]!.n);
        };
        const ended = new Set<number>();
        const withdraw = (caseId: number) => {
          const withdrawal = setCaseStatus(editor, caseId, { to: "archived", expectedVersion: 1 }, KNOWN).finally(() => ended.add(caseId));
          withdrawal.catch(() => {}); // awaited below; a failure before then is not an unhandled rejection
          return withdrawal;
        };
        const first = withdraw(id);
        await expect.poll(waiting, { timeout: 10_000 }).toBe(1);
        const second = withdraw(other!.id);
        await expect.poll(async () => ended.has(other!.id) || (await waiting()) === 2, { timeout: 10_000 }).toBe(true);
        // In an object: a promise (or an array of them) returned would be awaited before the commit, which they wait for.
        return { withdrawals: Promise.all([first, second]) };
      });
      await withdrawn.withdrawals;
    } finally {
      await blocker.end();
    }
    const [place] = await getDb().execute<{ city: string | null; area: string | null }>(sql`
      select ci.description as city, pa.description as area from cities ci, policy_areas pa where ci.slug = ${document.city.slug} and pa.slug = ${document.policyArea.slug}`);
    expect(place).toEqual({ city: null, area: null });
  });

  it("never lets made-up text stand for a real city or policy area: a sample fills only a sample's, and goes with its case", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const description = async (table: "cities" | "policy_areas", slug: string) =>
      (await getDb().execute<{ d: string | null }>(sql`select description as d from ${sql.raw(table)} where slug = ${slug}`))[0]!.d;
    // A sample case of the delivered case's real city and policy area, published first.
    await importCases([{ ...document, slug: `${document.slug}-sample`, focus: "Sample", sample: true, cityIntro: "Made up.", policyAreaIntro: "Made up too." }], { publish: true });
    expect([await description("cities", document.city.slug), await description("policy_areas", document.policyArea.slug)]).toEqual([null, null]);
    await setCaseStatus(editor, id, { to: "published", expectedVersion: (await getCaseDocument(document.slug))!.version!, note: "test", waive: true }, KNOWN);
    expect(await description("cities", document.city.slug)).toBe(document.cityIntro);
    // Taken back, the real case's text is not replaced by the sample's, which is still published.
    await setCaseStatus(editor, id, { to: "draft", expectedVersion: (await getCaseDocument(document.slug))!.version! }, KNOWN);
    expect([await description("cities", document.city.slug), await description("policy_areas", document.policyArea.slug)]).toEqual([null, null]);
  });

  it("refuses an editor's save of a published case that would put new serious problems on its public page, unless waived with a reason", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    await setCaseStatus(editor, id, { to: "published", expectedVersion: document.version!, note: "test", waive: true }, KNOWN);
    const published = (await getCaseDocument(document.slug))!;
    const version = published.version!;
    const noFacet = { ...published, inventory: published.inventory.map((row, i) => (i === 0 ? { ...row, facets: [] } : row)) };
    const gate = (waive: boolean) => ({ known: KNOWN, waive });

    const refusal = await saveCase(editor, id, noFacet, { expectedVersion: version, gate: gate(false) }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PublishedSaveGateError);
    expect((refusal as PublishedSaveGateError).problems.map((p) => p.message)).toEqual([`${published.inventory[0]!.actor.name} has no OPSI facet`]);
    // Waived without a reason: refused too, saying so.
    await expect(saveCase(editor, id, noFacet, { expectedVersion: version, gate: gate(true), message: " " })).rejects.toMatchObject({ waived: true });
    expect([(await getCaseDocument(document.slug))!.version, await revisionCount()]).toEqual([version, version]);

    // The problems the public page has already (the delivered case's own) do not block a save that adds none.
    expect((await saveCase(editor, id, { ...published, context: "Corrected." }, { expectedVersion: version, gate: gate(false) })).version).toBe(version + 1);
    const waived = await saveCase(editor, id, { ...noFacet, context: "Corrected." }, { expectedVersion: version + 1, gate: gate(true), message: "The facet is being checked with the city." });
    expect(waived.version).toBe(version + 2);
    expect((await getCaseDocument(document.slug))!.inventory[0]!.facets).toEqual([]);
    // The audit log keeps what was waived with the reason, as for publishing; a save that waived nothing has neither.
    const saves = await getDb().execute<{ details: Record<string, unknown> }>(sql`select details from audit_log where action = 'case.updated' order by id`);
    expect(saves.at(-1)!.details).toMatchObject({ waiver: "The facet is being checked with the city.", waived: [`${published.inventory[0]!.actor.name} has no OPSI facet`] });
    expect(saves.at(-2)!.details).not.toHaveProperty("waived");
    expect(saves.at(-2)!.details).not.toHaveProperty("waiver");
  });

  it("keeps the time a case was first published when it is published again, from the editor or an import: citations keep their year", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const publishedAt = async () => (await getCaseDocument(document.slug))!.publishedAt;
    const versionNow = async () => (await getCaseDocument(document.slug))!.version!;
    await setCaseStatus(editor, id, { to: "published", expectedVersion: await versionNow(), note: "test", waive: true }, KNOWN);
    const first = await publishedAt();
    expect(first).not.toBeNull();
    await setCaseStatus(editor, id, { to: "draft", expectedVersion: await versionNow() }, KNOWN);
    await setCaseStatus(editor, id, { to: "published", expectedVersion: await versionNow(), note: "test", waive: true }, KNOWN);
    expect(await publishedAt()).toBe(first);
    await setCaseStatus(editor, id, { to: "draft", expectedVersion: await versionNow() }, KNOWN);
    await importCases([{ ...parseFile(DELIVERED_CASE), context: "Delivered again." }], { publish: true });
    expect([(await getCaseDocument(document.slug))!.status, await publishedAt()]).toEqual(["published", first]);
  });

  it("makes no revision for a save that changes nothing, and says so", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const changed = await saveCase(editor, id, { ...document, context: "A new context." }, { expectedVersion: 1 });
    expect(changed).toMatchObject({ version: 2, unchanged: false });
    const stored = (await getCaseDocument(document.slug))!;
    const [revisions, contentRevision] = [await revisionCount(), await getContentRevision()];
    // The editor sends an inventory row's facets in the order of its checkboxes, not the document's.
    const inventory = stored.inventory.map((row) => ({ ...row, facets: [...row.facets].reverse() }));
    expect(inventory.some((row, i) => row.facets.join() !== stored.inventory[i]!.facets.join())).toBe(true);
    const again = await saveCase(editor, id, { ...stored, inventory, status: undefined, updatedAt: undefined }, { expectedVersion: 2, message: "Nothing, really" });
    expect(again).toMatchObject({ version: 2, unchanged: true, changedPublicContent: false });
    expect([await revisionCount(), await getContentRevision(), (await getCaseDocument(document.slug))!.updatedAt]).toEqual([revisions, contentRevision, stored.updatedAt]);
    await expect(saveCase(editor, id, stored, { expectedVersion: 1 }), "a stale save is refused even when it changes nothing").rejects.toBeInstanceOf(StaleCaseError);
    expect(await saveCase(editor, id, { ...stored, context: "A new context!" }, { expectedVersion: 2 })).toMatchObject({ version: 3, unchanged: false });
  });

  it("lets only ekip's editors write the editors' note: a city editor's save keeps it as stored, whatever it sends", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    await saveCase(editor, id, { ...document, editorsNote: "Being checked with the city." }, { expectedVersion: 1 });
    const city = await person("se@example.org", "city_editor", ["saint-etienne"]);
    const stored = (await getCaseDocument(document.slug))!;
    await saveCase(city, id, { ...stored, editorsNote: "", context: "Corrected by the city." }, { expectedVersion: 2 });
    expect(await getCaseDocument(document.slug)).toMatchObject({ version: 3, context: "Corrected by the city.", editorsNote: "Being checked with the city." });
    // A save that would change the note only changes nothing.
    expect(await saveCase(city, id, { ...stored, context: "Corrected by the city.", editorsNote: "Mine now." }, { expectedVersion: 3 })).toMatchObject({ unchanged: true });
  });

  it("stores every save as a revision and refuses a save made from a stale version, keeping the newer text", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const before = await getContentRevision();
    const saved = await saveCase(editor, id, { ...document, context: "First editor's text." }, { expectedVersion: 1, message: "Shorter context" });
    expect(saved.version).toBe(2);
    await expect(saveCase(editor, id, { ...document, context: "Second editor's text." }, { expectedVersion: 1 })).rejects.toBeInstanceOf(StaleCaseError);
    // A draft's text is not public: the public caches are kept.
    expect(await getContentRevision()).toBe(before);
    expect((await getCaseDocument(document.slug))?.context).toBe("First editor's text.");
    const revisions = await listRevisions(editor, id);
    expect(revisions.map((r) => [r.version, r.message, r.authorEmail])).toEqual([[2, "Shorter context", "editor@example.org"], [1, "", "server"]]);
    expect((revisions[0]!.document as CaseDocument).context).toBe("First editor's text.");
  });

  it("lets exactly one of many saves from the same version win", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => saveCase(editor, id, { ...document, context: `Save ${i}` }, { expectedVersion: 1 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof StaleCaseError)).toHaveLength(19);
    expect(await revisionCount()).toBe(2);
  });

  it("checks who is asking for every case mutation: refused ones change nothing", async () => {
    const { id, document } = await draft();
    const askers: Array<[string, Actor | null, boolean]> = [
      ["anonymous", null, false],
      ["city editor of another city", await person("lund@example.org", "city_editor", ["lund"]), false],
      ["city editor of the city", await person("se@example.org", "city_editor", ["saint-etienne"]), true],
      ["editor", await person("editor@example.org", "editor"), true],
    ];
    let version = 1;
    for (const [who, actor, mayEdit] of askers) {
      const attempt = saveCase(actor, id, { ...document, context: `By ${who}` }, { expectedVersion: version });
      if (mayEdit) version = (await attempt).version;
      else await expect(attempt, who).rejects.toBeInstanceOf(ForbiddenError);
    }
    const cityEditor = askers[2]![1];
    await setCaseStatus(cityEditor, id, { to: "in_review", expectedVersion: version }, KNOWN);
    await expect(saveCase(cityEditor, id, document, { expectedVersion: version })).rejects.toBeInstanceOf(DraftsOnlyError);
    await expect(setCaseStatus(cityEditor, id, { to: "published", expectedVersion: version, note: "ok", waive: true }, KNOWN)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setCaseStatus(null, id, { to: "draft", expectedVersion: version }, KNOWN)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getCaseDocument(document.slug))?.status).toBe("in_review");
    expect(await revisionCount()).toBe(3);
  });

  it("refuses a save begun on a draft that someone published meanwhile, and takes the next one made knowing it", async () => {
    const editor = await person("editor@example.org", "editor");
    const { id, document } = await draft();
    await setCaseStatus(editor, id, { to: "published", expectedVersion: 1, note: "test", waive: true }, KNOWN);
    const unfinished = { ...document, context: "WORK IN PROGRESS" };
    const refused = saveCase(editor, id, unfinished, { expectedVersion: 1, expectedStatus: "draft" });
    await expect(refused).rejects.toBeInstanceOf(StatusChangedError);
    await expect(refused).rejects.toMatchObject({ status: "published", currentVersion: 1 });
    expect((await getCaseDocument(document.slug))?.context).toBe(document.context);
    expect((await saveCase(editor, id, unfinished, { expectedVersion: 1, expectedStatus: "published" })).version).toBe(2);
    expect((await getCaseDocument(document.slug))?.context).toBe("WORK IN PROGRESS");
  });

  it("records in the audit log from where each change of a case was asked", async () => {
    const editor = { ...(await person("editor@example.org", "editor")), address: "203.0.113.7" };
    const { id, document } = await draft();
    await saveCase(editor, id, { ...document, context: "Changed" }, { expectedVersion: 1 });
    await setCaseStatus(editor, id, { to: "published", expectedVersion: 2, note: "test", waive: true }, KNOWN);
    const rows = await getDb().execute<{ action: string; ip: string | null }>(sql`select action, ip from audit_log where actor_email = 'editor@example.org' order by id`);
    // Published, the case's text filled its city's and policy area's descriptions: changes of theirs, asked from there too.
    expect(rows.map((r) => [r.action, r.ip])).toEqual([
      ["case.updated", "203.0.113.7"], ["city.updated", "203.0.113.7"], ["policy_area.updated", "203.0.113.7"], ["case.status_changed", "203.0.113.7"],
    ]);
  });

  it("blocks publishing while serious problems remain, unless waived with a reason", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const refused = setCaseStatus(editor, id, { to: "published", expectedVersion: 1 }, KNOWN);
    await expect(refused).rejects.toBeInstanceOf(QualityGateError);
    await refused.catch((e: QualityGateError) => expect(e.problems.map((p) => p.check)).toContain("other-place"));
    expect((await getCaseDocument(document.slug))?.status).toBe("draft");
    // A note is not a waiver: the reason is given on purpose.
    await expect(setCaseStatus(editor, id, { to: "published", expectedVersion: 1, note: "Check the actors" }, KNOWN)).rejects.toBeInstanceOf(QualityGateError);
    await expect(setCaseStatus(editor, id, { to: "published", expectedVersion: 1, note: "  ", waive: true }, KNOWN)).rejects.toBeInstanceOf(QualityGateError);
    await setCaseStatus(editor, id, { to: "published", expectedVersion: 1, note: "Delivered as is; the partner will correct the summary", waive: true }, KNOWN);
    expect((await getCaseDocument(document.slug))?.status).toBe("published");
    await expect(setCaseStatus(editor, id, { to: "in_review", expectedVersion: 1 }, KNOWN)).rejects.toBeInstanceOf(CaseError);
    const [audit] = await getDb().execute<{ details: { waiver: string } }>(sql`select details from audit_log where action = 'case.status_changed' order by id desc limit 1`);
    expect(audit!.details.waiver).toBe("Delivered as is; the partner will correct the summary");
    const [change] = (await getCaseHistory(editor, id))!.statusChanges;
    expect(change).toMatchObject({ from: "draft", to: "published", version: 1, note: "Delivered as is; the partner will correct the summary" });
    expect(change!.waived.length).toBeGreaterThan(0);
  });

  it("keeps every change of status in the case's history, newest first, with who, the version and the note", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const cityEditor = await person("lund@example.org", "city_editor", ["saint-etienne"]);
    await setCaseStatus(cityEditor, id, { to: "in_review", expectedVersion: 1, note: "  Ready, but the inventory is partial  " }, KNOWN);
    await setCaseStatus(editor, id, { to: "draft", expectedVersion: 1, note: "Add the missing actors first" }, KNOWN);
    const version = (await saveCase(cityEditor, id, { ...document, context: "With the actors" }, { expectedVersion: 1 })).version;
    await setCaseStatus(cityEditor, id, { to: "in_review", expectedVersion: version }, KNOWN);
    const refused = setCaseStatus(editor, id, { to: "archived", expectedVersion: 1, note: "stale" }, KNOWN);
    await expect(refused).rejects.toBeInstanceOf(StaleCaseError);
    // A page that still shows the case as a draft: its change is refused, though the case could move on from where it is.
    const moved = setCaseStatus(editor, id, { to: "archived", expectedVersion: version, expectedStatus: "draft", note: "not seen" }, KNOWN);
    await expect(moved).rejects.toThrow("Someone changed the status of this case since your page showed it as draft: it is in review now. Nothing was changed.");
    // Sent twice (a second tab, a form sent again): it is where it was asked to go, and says so.
    const again = setCaseStatus(cityEditor, id, { to: "in_review", expectedVersion: version, expectedStatus: "draft" }, KNOWN);
    await expect(again).rejects.toThrow("This case is in review already. Nothing was changed.");
    const history = (await getCaseHistory(editor, id))!;
    expect(history.statusChanges.map(({ from, to, version, note, authorEmail }) => ({ from, to, version, note, authorEmail }))).toEqual([
      { from: "draft", to: "in_review", version: 2, note: "", authorEmail: "lund@example.org" },
      { from: "in_review", to: "draft", version: 1, note: "Add the missing actors first", authorEmail: "editor@example.org" },
      { from: "draft", to: "in_review", version: 1, note: "Ready, but the inventory is partial", authorEmail: "lund@example.org" },
    ]);
    expect((await getCaseForEditing(cityEditor, id))!.lastStatusChange).toMatchObject({ to: "in_review", version: 2 });
    await expect(getCaseHistory(await person("other@example.org", "city_editor", ["lund"]), id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("records an import that publishes a case as a change of status", async () => {
    await getDb().transaction((tx) => ensurePartnerCities(tx));
    const [saved] = await importCases([parseFile(DELIVERED_CASE)], { publish: true });
    const editor = await person("editor@example.org", "editor");
    expect((await getCaseHistory(editor, saved!.id))!.statusChanges).toMatchObject([{ from: "draft", to: "published", version: 1, note: "", authorEmail: "server" }]);
    // The policy area it named first was added with it, in the audit log as staff's additions are; its city was there.
    const added = await getDb().execute<{ action: string; subject: string; details: unknown }>(sql`select action, subject, details from audit_log where action like '%.created' and action <> 'case.created' and action <> 'user.created'`);
    expect([...added]).toEqual([{ action: "policy_area.created", subject: "artificial-intelligence", details: { name: "Artificial Intelligence", case: saved!.slug } }]);
  });

  it("keeps a saved case's address whatever a save sends: it changes only on its own page (db/case-address.ts)", async () => {
    const { id, document } = await draft();
    const editor = await person("editor@example.org", "editor");
    const saved = await saveCase(editor, id, { ...document, slug: "another-address", context: "Moved." }, { expectedVersion: 1 });
    expect(saved).toMatchObject({ slug: document.slug, version: 2 });
    expect((await getCaseDocument(document.slug))?.context).toBe("Moved.");
    expect(await getCaseDocument("another-address")).toBeNull();
  });
});
