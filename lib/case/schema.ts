import { z } from "zod";
import { markdownInlineMarkCount, markdownMarkerCount, markdownShapeProblem, MARKDOWN_LIMITS } from "./markdown-shape";

/**
 * The structured City Case Description: what the importer produces, what the database stores,
 * and the public interchange format (`ekip-case/1`). Every other shape of a case derives from this.
 */

export const FACETS = ["enhancement", "mission", "adaptive", "anticipatory"] as const;
export const facetSchema = z.enum(FACETS);
export type Facet = z.infer<typeof facetSchema>;

export const FACET_LABELS: Record<Facet, string> = {
  enhancement: "Enhancement-oriented",
  mission: "Mission-oriented",
  adaptive: "Adaptive",
  anticipatory: "Anticipatory",
};

export const STAKEHOLDER_CATEGORIES = [
  "local_authority",
  "academia",
  "organisation",
  "company",
  "civil_society",
  "other",
] as const;
export const stakeholderCategorySchema = z.enum(STAKEHOLDER_CATEGORIES);
export type StakeholderCategory = z.infer<typeof stakeholderCategorySchema>;

export const STAKEHOLDER_CATEGORY_LABELS: Record<StakeholderCategory, string> = {
  local_authority: "Local Authorities",
  academia: "Academia",
  organisation: "Organisations",
  company: "Companies and businesses",
  civil_society: "Civil society",
  other: "Other",
};

export const CASE_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** Sections a case knows by name; extra sections are placed after one of these. */
export const SECTION_KEYS = [
  "start",
  "introduction",
  "participants",
  "summary",
  "context",
  "ecosystem",
  "portfolio",
  "inventory",
  "methods",
  "findings",
  "end",
] as const;
export const sectionKeySchema = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof sectionKeySchema>;

export const slugSchema = z
  .string()
  .min(1, "Give a slug")
  .max(120, "Use at most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

/**
 * The years a workshop date can have (a date's four digits; PostgreSQL's dates have no year 0): the year filter
 * of /cases takes the same, so every year it lists can be chosen. Not narrower: stored cases and revisions must
 * keep reading.
 */
export const WORKSHOP_YEARS = { min: 1, max: 9999 } as const;

/** The largest number a PostgreSQL integer column (ids, versions, numbers of findings, population) holds. */
export const MAX_INTEGER = 2_147_483_647;
/**
 * A whole number as a form's hidden field holds it (an id, a version): digits only, not " 7 ", "0x10" or "1e3", which
 * a coerced number would read as 7, 16 and 1,000.
 */
export const formNumberSchema = z.string({ error: "A whole number" }).regex(/^\d{1,10}$/, "A whole number, in digits").transform(Number).pipe(z.number().int().positive("A whole number from 1").max(MAX_INTEGER, "A whole number up to 2,147,483,647"));

/** A whole number as an address writes it (a version: `/cases/{slug}/versions/3`): digits without a leading zero, one address each. */
export const addressNumberSchema = z.string().regex(/^[1-9]\d{0,9}$/, "Use a whole number from 1, in digits, without a leading zero").transform(Number)
  .pipe(z.number().max(MAX_INTEGER, "Use a whole number up to 2,147,483,647")).meta({ type: "integer", minimum: 1, maximum: MAX_INTEGER });

/** Characters that override the direction of the text after them: "Café \u202Eevil" shows as "Café live". */
const DIRECTION_OVERRIDES = /[\u202D\u202E]/g;
/** A space, a zero-width character or a direction mark: at either end of a field, nothing a reader can see. */
const isBlank = (ch: string) => /[\s\u200B-\u200F\u202A-\u202C\u2060\u2066-\u2069\uFEFF]/.test(ch);

/** The text without blank ends, zero-width ones included; walked once (a regular expression for both ends backtracks on long runs of spaces). */
function withoutBlankEnds(s: string): string {
  let [start, end] = [0, s.length];
  while (start < end && isBlank(s[start]!)) start++;
  while (end > start && isBlank(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * Control characters but tab and line ends (NUL: PostgreSQL text cannot hold it; the others ring bells, move the
 * cursor back, or are not characters at all, U+FFFE and U+FFFF), which a page would show as nothing and XML may not hold.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/**
 * Typed text as it is kept: without control characters (no one means to type one), without direction overrides,
 * and without blank ends, zero-width ones included; dropped rather than refused, as no one means to type them
 * either. (Embeddings and isolates stay: right-to-left text needs them.)
 */
export const cleanText = (s: string) => withoutBlankEnds(s.replace(CONTROLS, "").replace(DIRECTION_OVERRIDES, ""));

/** What changed, in the words of the person saving, kept with the revision: the reason too, when serious problems are waived. */
export const REVISION_MESSAGE_LIMIT = 500;
export const revisionMessageSchema = z.string().overwrite(cleanText).max(REVISION_MESSAGE_LIMIT, `Keep the note on what changed to ${REVISION_MESSAGE_LIMIT} characters at most`);

/**
 * The longest text each kind of field takes, in characters: far beyond what a City Case Description holds
 * (the delivered one's longest name is 90 characters, entry 260, section 1,600), short enough that a
 * pasted file or a runaway script cannot fill a field with megabytes.
 */
export const TEXT_LIMITS = { name: 300, entry: 10_000, section: 100_000 } as const;
/** The most entries a list takes (an inventory of a thousand organisations, a hundred methods...). */
export const LIST_LIMITS = { people: 1_000, groups: 100, items: 200, inventory: 1_000, methods: 100, findings: 500, sections: 100 } as const;

const atMost = (limit: number) => `Use at most ${limit.toLocaleString("en")} characters`;
const text = (limit: number) =>
  z.string().overwrite(cleanText).max(limit, atMost(limit)).superRefine((s, ctx) => {
    const problem = markdownShapeProblem(s, "field");
    if (problem) ctx.addIssue({ code: "custom", message: `${problem}: no case needs so much, and its page could not be shown quickly` });
  });
const required = (limit: number) => text(limit).min(1, "Required");
const list = <T extends z.ZodType>(item: T, limit: number, what: string) => z.array(item).max(limit, `At most ${limit.toLocaleString("en")} ${what}`);

const name = required(TEXT_LIMITS.name);
const entry = text(TEXT_LIMITS.entry);
const section = text(TEXT_LIMITS.section);

export const actorRefSchema = z.object({ slug: slugSchema, name });
export type ActorRef = z.infer<typeof actorRefSchema>;

export const participantSchema = z.object({
  name,
  actor: slugSchema.nullable(),
});

export const stakeholderSchema = z.object({
  category: stakeholderCategorySchema,
  name,
  actor: slugSchema.nullable(),
});

export const themeGroupSchema = z.object({
  heading: name,
  items: list(required(TEXT_LIMITS.entry), LIST_LIMITS.items, "items in a group"),
});
export type ThemeGroup = z.infer<typeof themeGroupSchema>;

export const inventoryRowSchema = z.object({
  actor: actorRefSchema,
  areaOfExpertise: entry,
  targetGroup: entry,
  facets: z.array(facetSchema).refine((f) => new Set(f).size === f.length, "A facet is listed twice"),
  innovationNote: entry.nullable(),
  isResource: z.boolean(),
  rawText: entry,
});
export type InventoryRow = z.infer<typeof inventoryRowSchema>;

export const findingSchema = z.object({
  number: z.number().int().positive().max(MAX_INTEGER),
  title: required(TEXT_LIMITS.entry),
  body: entry,
});
export type Finding = z.infer<typeof findingSchema>;

export const findingsSchema = z.object({
  conclusions: list(findingSchema, LIST_LIMITS.findings, "conclusions"),
  recommendations: list(findingSchema, LIST_LIMITS.findings, "recommendations"),
});
export type Findings = z.infer<typeof findingsSchema>;

export const methodSchema = z.object({
  slug: slugSchema,
  name,
  description: entry,
});

/** A method is one entry of the catalog, named by its slug: listed twice, a case would show and count it twice. */
function eachMethodOnce(methods: Array<z.infer<typeof methodSchema>>, ctx: z.RefinementCtx) {
  methods.forEach((method, index) => {
    const first = methods.findIndex((m) => m.slug === method.slug);
    if (first < index) ctx.addIssue({ code: "custom", path: [index, "name"], message: `listed already as method ${first + 1}; keep one` });
  });
}

export const extraSectionSchema = z.object({
  heading: name,
  body: section,
  after: sectionKeySchema,
});
export type ExtraSection = z.infer<typeof extraSectionSchema>;

export const countrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, "An ISO 3166-1 alpha-2 code such as FR"),
  name,
});

/**
 * All of a case's text together holds at most MARKDOWN_LIMITS.case list items and quotes, and inlineCase emphasis
 * marks and link brackets (each page parses every field, so a limit per field alone would not bound its time):
 * said at the field that holds the most.
 */
function markdownWithinCase(document: unknown, ctx: z.RefinementCtx): void {
  const kinds = [
    { what: "list items and quotes", limit: MARKDOWN_LIMITS.case, count: markdownMarkerCount, total: 0, most: { path: [] as PropertyKey[], count: 0 } },
    { what: "emphasis marks (*, _, ~) and link brackets", limit: MARKDOWN_LIMITS.inlineCase, count: markdownInlineMarkCount, total: 0, most: { path: [] as PropertyKey[], count: 0 } },
  ];
  forEachText(document, [], (value, path) => {
    for (const kind of kinds) {
      const n = kind.count(value);
      kind.total += n;
      if (n > kind.most.count) kind.most = { path, count: n };
    }
  });
  for (const { what, limit, total, most } of kinds) {
    if (total <= limit) continue;
    ctx.addIssue({ code: "custom", path: most.path, message: `The case holds ${total.toLocaleString("en")} ${what} in all, more than the ${limit.toLocaleString("en")} it may (this field holds ${most.count.toLocaleString("en")}): no case needs so many, and its page could not be shown quickly` });
  }
}

function forEachText(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => forEachText(item, [...path, i], visit));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) forEachText(item, [...path, key], visit);
}

export const caseDocumentSchema = z.object({
  format: z.literal("ekip-case/1"),
  slug: slugSchema,
  status: caseStatusSchema.optional(),
  /** Made-up content for trying the product out: shown everywhere as "Sample content - not an ekip case". */
  sample: z.boolean(),
  version: z.number().int().positive().max(MAX_INTEGER).optional(),
  updatedAt: z.iso.datetime().optional(),
  /** When the case was first published; stable, unlike updatedAt, so citations use it. */
  publishedAt: z.iso.datetime().nullable().optional(),
  city: z.object({
    slug: slugSchema,
    name,
    country: countrySchema,
    population: z.number().int().positive().max(MAX_INTEGER).nullable(),
    // Shown as a link: a web address only (no javascript: or data: address).
    website: z.url({ protocol: /^https?$/, error: "A web address starting with https:// or http://" }).max(2000, "Use at most 2,000 characters").nullable(),
  }),
  policyArea: z.object({ slug: slugSchema, name }),
  focus: text(TEXT_LIMITS.name).nullable(),
  title: text(TEXT_LIMITS.name).nullable(),
  workshopDate: z.iso.date().refine((d) => Number(d.slice(0, 4)) >= WORKSHOP_YEARS.min, "A date from year 1").nullable(),
  /**
   * ekip's own word on the case, not the city's document (a passage that seems copied from another city's case, a
   * figure being checked): shown above the case wherever it is read or cited. An import never changes it.
   */
  editorsNote: entry.default("").describe("A note from ekip's editors about the case (Markdown), shown above it; empty when there is none"),
  introduction: section,
  policyAreaIntro: section,
  cityIntro: section,
  participants: list(participantSchema, LIST_LIMITS.people, "participants"),
  summary: findingsSchema,
  context: section,
  selectedFocus: section,
  ecosystem: section,
  portfolio: z.object({
    title: text(TEXT_LIMITS.name),
    scope: section,
    coordinator: entry,
    stakeholders: list(stakeholderSchema, LIST_LIMITS.people, "stakeholders"),
    challenges: list(themeGroupSchema, LIST_LIMITS.groups, "challenge groups"),
    opportunities: list(themeGroupSchema, LIST_LIMITS.groups, "opportunity groups"),
  }),
  inventory: list(inventoryRowSchema, LIST_LIMITS.inventory, "inventory rows"),
  methods: list(methodSchema, LIST_LIMITS.methods, "methods").superRefine(eachMethodOnce),
  findings: findingsSchema,
  extraSections: list(extraSectionSchema, LIST_LIMITS.sections, "other sections"),
}).superRefine(markdownWithinCase);

export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export const SAMPLE_LABEL = "Sample content - not an ekip case";
