import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect, it } from "vitest";
import { CaseError, createCase, saveCase, StaleCaseError } from "@/db/case-editing";
import { getCaseDocument } from "@/db/cases";
import { ensurePartnerCities } from "@/db/cities";
import { getDb } from "@/db/client";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import { caseDocumentSchema, type CaseDocument } from "@/lib/case/schema";
import { emptyCase } from "@/lib/editor/empty-case";
import { describeOnEachDatabase } from "../support/databases";
import { caseDocumentArb, slugText } from "../support/hostile";
import { person } from "../support/people";

const BASE = "lund-artificial-intelligence";
const OTHER = "lund-artificial-intelligence-other";
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

/** Two Lund cases: one the saves go to, one whose slug and focus they may collide with. */
async function setUp(): Promise<{ editor: Actor; place: Pick<CaseDocument, "city" | "policyArea">; baseId: number }> {
  await getDb().transaction((tx) => ensurePartnerCities(tx));
  const editor = await person("editor@example.org", "editor");
  const lund = { slug: "lund", name: "Lund", country: { code: "SE", name: "Sweden" }, population: null, website: null };
  const area = { slug: "artificial-intelligence", name: "Artificial Intelligence" };
  const base = await createCase(editor, emptyCase(lund, area));
  await createCase(editor, { ...emptyCase(lund, area), slug: OTHER, focus: "Other" });
  const stored = (await getCaseDocument(BASE))!;
  return { editor, place: { city: stored.city, policyArea: stored.policyArea }, baseId: base.id };
}

const slugs = fc.oneof({ weight: 3, arbitrary: slugText.map((s) => `fuzz-${s}`) }, { weight: 1, arbitrary: fc.constantFrom(BASE, OTHER) });

/** What a refused write must leave as it was: every case's version, slug and focus, the revisions, organisations and methods. */
async function snapshot() {
  const [state] = [...(await getDb().execute<Record<string, unknown>>(sql`select
    (select coalesce(json_agg(json_build_array(id, slug, focus, version) order by id), '[]') from cases) as cases,
    (select count(*)::int from case_revisions) as revisions,
    (select count(*)::int from organisations) as organisations,
    (select count(*)::int from methods) as methods`))];
  return state;
}

const isTypedRefusal = (error: unknown) => error instanceof CaseError || error instanceof StaleCaseError || error instanceof ForbiddenError;

/**
 * What was saved, as it should read back. The data layer resolves names to organisations (an inventory actor
 * may be an organisation that already exists under another slug; a participant without a link is linked by its
 * name), so links are compared through the inventory's rows, not as typed.
 */
function expectReadBack(stored: CaseDocument, saved: CaseDocument) {
  const { status: _s, version: _v, updatedAt: _u, publishedAt: _p, ...content } = stored;
  const slugOf = new Map(saved.inventory.map((row, i) => [row.actor.slug, content.inventory[i]?.actor.slug]));
  const link = <T extends { actor: string | null }>(typed: T, got: T | undefined) => ({ ...typed, actor: typed.actor ? slugOf.get(typed.actor) : got?.actor ?? null });
  expect(content).toEqual({
    ...saved,
    focus: saved.focus || null, // an empty focus is no focus

    participants: saved.participants.map((p, i) => link(p, content.participants[i])),
    portfolio: { ...saved.portfolio, stakeholders: saved.portfolio.stakeholders.map((s, i) => link(s, content.portfolio.stakeholders[i])) },
    inventory: saved.inventory.map((row, i) => ({ ...row, actor: { ...row.actor, slug: content.inventory[i]?.actor.slug } })),
  });
}

/** Stored and read back as saved, or refused with a typed error and nothing changed; never anything else. */
async function storedOrRefused(write: () => Promise<unknown>, document: CaseDocument) {
  const before = await snapshot();
  try {
    await write();
  } catch (error) {
    if (!isTypedRefusal(error)) throw error;
    expect(await snapshot()).toEqual(before);
    return;
  }
  const stored = await getCaseDocument(document.slug);
  expect(stored, "stored under its slug").not.toBeNull();
  expectReadBack(stored!, document);
}

/** A save of a saved case: stored under the case's own address, whatever address the document gives (db/case-address.ts). */
async function savedOrRefused(write: () => Promise<unknown>, document: CaseDocument, caseId: number) {
  const [row] = await getDb().execute<{ slug: string }>(sql`select slug from cases where id = ${caseId}`);
  await storedOrRefused(write, { ...document, slug: row!.slug });
}

describeOnEachDatabase("editing cases with random documents", () => {
  it("stores a random valid document saved over a case as it was sent, or refuses it with a typed error and changes nothing", async () => {
    const { editor, place, baseId } = await setUp();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e9 }).chain((n) => caseDocumentArb(place, `s${n}`, slugs)), async (candidate) => {
        const parsed = caseDocumentSchema.safeParse(candidate);
        fc.pre(parsed.success); // what the schema refuses never reaches the data layer: every caller parses first
        const row = await getDb().execute<{ version: number }>(sql`select version from cases where id = ${baseId}`);
        const expectedVersion = [...row][0]!.version;
        run++;
        await savedOrRefused(() => saveCase(editor, baseId, parsed.data!, { expectedVersion, message: `run ${run}` }), parsed.data!, baseId);
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it("creates a case from a random valid document as it was sent, or refuses it with a typed error and changes nothing", async () => {
    const { editor, place } = await setUp();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e9 }).chain((n) => caseDocumentArb(place, `c${n}`, slugs)), async (candidate) => {
        const parsed = caseDocumentSchema.safeParse(candidate);
        fc.pre(parsed.success);
        await storedOrRefused(() => createCase(editor, parsed.data!, { message: "Created" }), parsed.data!);
      }),
      { numRuns: RUNS },
    );
  }, 180_000);
});
