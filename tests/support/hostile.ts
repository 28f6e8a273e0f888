import fc from "fast-check";
import { FACETS, SECTION_KEYS, STAKEHOLDER_CATEGORIES, type CaseDocument } from "@/lib/case/schema";

/**
 * What a careless or hostile client sends: control characters (PostgreSQL text cannot hold NUL), markup,
 * SQL, paths, right-to-left overrides, astral characters, whitespace only, and texts far longer than any form's.
 */
export const NASTY_TEXTS = [
  "", " ", "\u0000", "a\u0000b", "%00", "\t\n\r", "'; drop table cases; --", "' or '1'='1", "../../../etc/passwd", "..%2f..%2f",
  "<script>alert(1)</script>", "javascript:alert(1)", "\u202Eevil", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎉", "Ünïcödé Košice Saint-Étienne", "\uFEFF", "null", "undefined",
  "NaN", "-1", "0", "1e309", "9007199254740993", "2147483648", "__proto__", "constructor", "[object Object]", "a".repeat(5_000), "é".repeat(70_000),
] as const;

/** Any text, weighted towards the nasty ones. */
export const hostileText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
    { weight: 2, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength }) },
  );

/** Text with something in it once trimmed, as the case schema's required texts need. */
const requiredText = hostileText().filter((s) => s.trim() !== "");

/** Numbers a form would never send: zero, negative, past PostgreSQL's integer, past JavaScript's safe integers. */
export const hostileNumber = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(2_147_483_647, 2_147_483_648, 2 ** 53 - 1, 1e15, 0, -1) },
);

export const slugText = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/).filter((s) => s.length <= 120);

const findingArb = fc.record({ number: hostileNumber, title: requiredText, body: hostileText() });
const findingsArb = fc.record({ conclusions: fc.array(findingArb, { maxLength: 3 }), recommendations: fc.array(findingArb, { maxLength: 3 }) });
const themeArb = fc.record({ heading: requiredText, items: fc.array(requiredText, { maxLength: 3 }) });
const isoDate = fc.oneof(
  fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("0000-01-01", "2024-02-29", "9999-12-31", "0001-01-01"),
);

/**
 * Case documents shaped like `caseDocumentSchema` (typed against it, so a change to the schema that this
 * does not follow fails to compile), with hostile texts and numbers. Slugs of organisations and methods carry
 * `tag` so that runs do not resolve to each other's. City and policy area are the ones given (the editor
 * takes them from the database).
 */
export function caseDocumentArb(place: Pick<CaseDocument, "city" | "policyArea">, tag: string, slugs: fc.Arbitrary<string>): fc.Arbitrary<CaseDocument> {
  const inventory = fc.uniqueArray(
    fc.record({
      actor: fc.record({ slug: slugText.map((s) => `${tag}-${s}`), name: requiredText }),
      areaOfExpertise: hostileText(), targetGroup: hostileText(),
      facets: fc.oneof({ weight: 5, arbitrary: fc.uniqueArray(fc.constantFrom(...FACETS)) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...FACETS), { maxLength: 6 }) }),
      innovationNote: fc.option(hostileText()), isResource: fc.boolean(), rawText: hostileText(),
    }),
    { maxLength: 4, selector: (r) => r.actor.slug },
  );
  return inventory.chain((rows) => {
    const actorSlug = fc.option(rows.length ? fc.constantFrom(...rows.map((r) => r.actor.slug)) : fc.constant(null), { nil: null }).map((s) => s ?? null);
    return fc.record({
      format: fc.constant("ekip-case/1" as const),
      slug: slugs,
      sample: fc.boolean(),
      city: fc.constant(place.city),
      policyArea: fc.constant(place.policyArea),
      focus: fc.option(hostileText(), { nil: null }),
      title: fc.option(hostileText(), { nil: null }),
      workshopDate: fc.option(isoDate, { nil: null }),
      editorsNote: hostileText(),
      introduction: hostileText(), policyAreaIntro: hostileText(), cityIntro: hostileText(),
      participants: fc.array(fc.record({ name: requiredText, actor: actorSlug }), { maxLength: 4 }),
      summary: findingsArb,
      context: hostileText(200), selectedFocus: hostileText(), ecosystem: hostileText(),
      portfolio: fc.record({
        title: hostileText(), scope: hostileText(), coordinator: hostileText(),
        stakeholders: fc.array(fc.record({ category: fc.constantFrom(...STAKEHOLDER_CATEGORIES), name: requiredText, actor: actorSlug }), { maxLength: 4 }),
        challenges: fc.array(themeArb, { maxLength: 3 }), opportunities: fc.array(themeArb, { maxLength: 3 }),
      }),
      inventory: fc.constant(rows),
      methods: fc.uniqueArray(fc.record({ slug: slugText.map((s) => `${tag}-${s}`), name: requiredText, description: hostileText() }), { maxLength: 3, selector: (m) => m.slug }),
      findings: findingsArb,
      extraSections: fc.array(fc.record({ heading: requiredText, body: hostileText(), after: fc.constantFrom(...SECTION_KEYS) }), { maxLength: 3 }),
    });
  });
}
