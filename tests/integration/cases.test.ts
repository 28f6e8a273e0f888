import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getContentRevision } from "@/db/content-revision";
import { countCases, getCaseDocument, getPublishedCase, importCases, listPublishedCases } from "@/db/cases";
import { caseToMarkdown } from "@/lib/case/to-markdown";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import type { CaseDocument } from "@/lib/case/schema";
import { describeOnEachDatabase } from "../support/databases";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "../support/fixtures";

function parse(markdown: string): CaseDocument {
  const result = parseCaseDocument(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.case;
}

const delivered = () => parse(readText(DELIVERED_CASE));
const withoutMeta = ({ status, version, updatedAt, publishedAt, ...rest }: CaseDocument) => rest;
const count = async (table: string) =>
  Number((await getDb().execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);

describeOnEachDatabase("storing cases", () => {
  it("stores every part of the delivered case and gives it back whole", async () => {
    await importCases([delivered()]);
    const stored = await getCaseDocument("saint-etienne-artificial-intelligence");
    expect(stored).toMatchObject({ status: "draft", version: 1 });
    expect(withoutMeta(stored!)).toEqual(delivered());
  });

  it("reads a case whose texts are longer than today's limits (stored before them), for the editor to shorten", async () => {
    await importCases([delivered()]);
    const title = "A title written before titles had a limit. ".repeat(10);
    await getDb().execute(sql`update cases set title = ${title} where slug = 'saint-etienne-artificial-intelligence'`);
    expect((await getCaseDocument("saint-etienne-artificial-intelligence"))?.title).toBe(title);
  });

  it("updates a re-imported case in place: same record, next version, no duplicate rows", async () => {
    const [first] = await importCases([delivered()]);
    const changed = { ...delivered(), context: "A new context." };
    const [second] = await importCases([changed]);
    expect(first!.changedPublicContent).toBe(true);
    // Its city, policy area and organisations are already as the document has them.
    expect(second).toEqual({ id: first!.id, slug: first!.slug, isNew: false, version: 2, changedPublicContent: false });
    expect(await countCases()).toBe(1);
    expect(await count("inventory_rows")).toBe(26);
    expect(await count("participants")).toBe(9);
    expect(await count("organisations")).toBe(26);
    const stored = await getCaseDocument(first!.slug);
    expect(stored).toMatchObject({ version: 2, context: "A new context." });
  });

  it("writes a batch in one transaction: when one case fails, none is written", async () => {
    const clash = { ...parse(readText(LUND_VARIANT)), slug: "saint-etienne-artificial-intelligence" };
    await expect(importCases([delivered(), clash])).rejects.toThrow();
    expect(await countCases()).toBe(0);
    expect(await count("organisations")).toBe(0);
    expect(await count("cities")).toBe(0);
  });

  it("counts a batch as one change of the public content: the revision moves once, whatever its size", async () => {
    const before = await getContentRevision();
    await importCases([delivered(), parse(readText(LUND_VARIANT))], { publish: true });
    expect(await getContentRevision()).toBe(before + 1);
    await importCases([]);
    expect(await getContentRevision()).toBe(before + 1);
  });

  it("moves the revision for an import of drafts only when it changes what readers see", async () => {
    const lund = parse(readText(LUND_VARIANT));
    const before = await getContentRevision();
    await importCases([lund]);
    expect(await getContentRevision(), "a new city and policy area are public").toBe(before + 1);
    await importCases([lund]);
    expect(await getContentRevision(), "the same draft again").toBe(before + 1);
    await importCases([{ ...lund, context: `${lund.context} More.` }]);
    expect(await getContentRevision(), "a draft's own text").toBe(before + 1);
    await importCases([lund], { publish: true });
    expect(await getContentRevision(), "published").toBe(before + 2);
    await importCases([lund]);
    expect(await getContentRevision(), "a published case imported again unchanged").toBe(before + 2);
    await importCases([{ ...lund, context: `${lund.context} Public.` }]);
    expect(await getContentRevision(), "a published case changed").toBe(before + 3);
  });

  it("shares one organisation between cases and records a new spelling as an alias", async () => {
    const lund = parse(readText(LUND_VARIANT));
    lund.inventory[0] = { ...lund.inventory[0]!, actor: { slug: "lightlab-io", name: "LightLab.io" } };
    await importCases([delivered(), lund]);
    const rows = await getDb().execute<{ slug: string; aliases: string[]; cases: number }>(sql`
      select o.slug, o.aliases, count(distinct r.case_id)::int as cases
      from organisations o join inventory_rows r on r.organisation_id = o.id
      where o.slug = 'lightlab' group by o.id`);
    expect([...rows]).toEqual([{ slug: "lightlab", aliases: ["LightLab.io"], cases: 2 }]);
  });

  it("links participants and stakeholders to the organisations of the inventory", async () => {
    await importCases([delivered()]);
    const linked = await getDb().execute<{ name: string; slug: string | null }>(sql`
      select p.name, o.slug from participants p left join organisations o on o.id = p.organisation_id order by p.position`);
    expect(linked.map((r) => r.slug)).toEqual([
      "city-of-saint-etienne", "city-of-saint-etienne", "city-of-saint-etienne", null, null, "lightlab", "videoformes", "angel-corp", null,
    ]);
  });

  it("gives a new city the country name other cities give its code: one code, one name", async () => {
    const c = delivered();
    const inCity = (slug: string, name: string, country: string) => ({ ...c, slug: `${slug}-artificial-intelligence`, city: { ...c.city, slug, name, country: { code: "SK", name: country } } });
    await importCases([inCity("kosice", "Košice", "Slovakia")]);
    await importCases([inCity("trnava", "Trnava", "Slovak Republic")]);
    const names = await getDb().execute<{ name: string }>(sql`select distinct country_name as name from cities where country_code = 'SK'`);
    expect(names.map((r) => r.name)).toEqual(["Slovakia"]);
    expect((await getCaseDocument("trnava-artificial-intelligence"))?.city.country).toEqual({ code: "SK", name: "Slovakia" });
    // The same document again: the catalog's spelling of its country, or a population changed in the catalog since, is no change of the case.
    await getDb().execute(sql`update cities set population = 1 where slug = 'trnava'`);
    expect((await importCases([inCity("trnava", "Trnava", "Slovak Republic")]))[0]).toMatchObject({ unchanged: true, version: 1 });
  });

  it("shows only published cases to the public", async () => {
    await importCases([delivered()]);
    expect(await getPublishedCase("saint-etienne-artificial-intelligence")).toBeNull();
    expect(await listPublishedCases()).toEqual([]);
    await importCases([delivered()], { publish: true });
    expect(await getPublishedCase("saint-etienne-artificial-intelligence")).toMatchObject({ status: "published", version: 2 });
    expect((await listPublishedCases()).map((c) => [c.slug, c.cityName, c.countryName, c.policyAreaName])).toEqual([
      ["saint-etienne-artificial-intelligence", "Saint-Etienne", "France", "Artificial Intelligence"],
    ]);
    expect(await getPublishedCase("no-such-case")).toBeNull();
  });

  it("never dates a case's last change before its publication, nor its creation after either: a batch is written at one time", async () => {
    await importCases([delivered(), parse(readText(LUND_VARIANT))], { publish: true });
    const rows = await getDb().execute<{ slug: string; ordered: boolean }>(sql`select slug, created_at <= published_at and published_at <= updated_at as ordered from cases`);
    expect(rows.map((r) => [r.slug, r.ordered])).toEqual(rows.map((r) => [r.slug, true]));
    expect(rows).toHaveLength(2);
    expect((await getDb().execute<{ n: number }>(sql`select count(distinct updated_at)::int as n from cases`))[0]!.n).toBe(1);
  });

  it("exports a stored case to Markdown that re-imports to the same record", async () => {
    await importCases([delivered()]);
    const stored = await getCaseDocument("saint-etienne-artificial-intelligence");
    const [saved] = await importCases([parse(caseToMarkdown(stored!))]);
    const again = await getCaseDocument("saint-etienne-artificial-intelligence");
    expect(withoutMeta(again!)).toEqual(withoutMeta(stored!));
    // The same content: no new version, and no revision that changes nothing.
    expect(saved).toMatchObject({ unchanged: true, version: 1 });
    expect(again!.version).toBe(1);
    expect(await count("case_revisions")).toBe(1);
  });

  it("sees no change in a re-import whose participant the first write linked to another case's organisation by name", async () => {
    const c = delivered();
    await importCases([c]);
    const organisation = c.inventory[0]!.actor.name;
    const other = { ...c, slug: "lund-artificial-intelligence", city: { ...c.city, slug: "lund", name: "Lund" }, inventory: [], participants: [{ name: organisation, actor: null }], portfolio: { ...c.portfolio, stakeholders: [] } };
    await importCases([other]);
    expect((await getCaseDocument(other.slug))?.participants).toEqual([{ name: organisation, actor: c.inventory[0]!.actor.slug }]);
    expect((await importCases([other]))[0]).toMatchObject({ unchanged: true, version: 1 });
  });

  it("makes a new version on a re-import that publishes an unchanged draft, and none on one that finds it published already", async () => {
    await importCases([delivered()]);
    expect((await importCases([delivered()], { publish: true }))[0]).toMatchObject({ version: 2, changedPublicContent: true });
    expect((await importCases([delivered()], { publish: true }))[0]).toMatchObject({ version: 2, unchanged: true });
    expect((await getCaseDocument("saint-etienne-artificial-intelligence"))?.status).toBe("published");
  });
});
