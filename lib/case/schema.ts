import { z } from "zod";

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
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

/** The largest number a PostgreSQL integer column (ids, versions, numbers of findings, population) holds. */
export const MAX_INTEGER = 2_147_483_647;

/** PostgreSQL text cannot hold NUL characters, and no one means to type one: they are dropped. */
export const withoutNul = (s: string) => s.replaceAll("\0", "");

const text = z.string().overwrite(withoutNul).trim();
const requiredText = text.min(1, "Required");
const optionalText = text.nullable();

export const actorRefSchema = z.object({ slug: slugSchema, name: requiredText });
export type ActorRef = z.infer<typeof actorRefSchema>;

export const participantSchema = z.object({
  name: requiredText,
  actor: slugSchema.nullable(),
});

export const stakeholderSchema = z.object({
  category: stakeholderCategorySchema,
  name: requiredText,
  actor: slugSchema.nullable(),
});

export const themeGroupSchema = z.object({
  heading: requiredText,
  items: z.array(requiredText),
});
export type ThemeGroup = z.infer<typeof themeGroupSchema>;

export const inventoryRowSchema = z.object({
  actor: actorRefSchema,
  areaOfExpertise: text,
  targetGroup: text,
  facets: z.array(facetSchema).refine((f) => new Set(f).size === f.length, "A facet is listed twice"),
  innovationNote: optionalText,
  isResource: z.boolean(),
  rawText: text,
});
export type InventoryRow = z.infer<typeof inventoryRowSchema>;

export const findingSchema = z.object({
  number: z.number().int().positive().max(MAX_INTEGER),
  title: requiredText,
  body: text,
});
export type Finding = z.infer<typeof findingSchema>;

export const findingsSchema = z.object({
  conclusions: z.array(findingSchema),
  recommendations: z.array(findingSchema),
});
export type Findings = z.infer<typeof findingsSchema>;

export const methodSchema = z.object({
  slug: slugSchema,
  name: requiredText,
  description: text,
});

export const extraSectionSchema = z.object({
  heading: requiredText,
  body: text,
  after: sectionKeySchema,
});
export type ExtraSection = z.infer<typeof extraSectionSchema>;

export const countrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, "An ISO 3166-1 alpha-2 code such as FR"),
  name: requiredText,
});

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
    name: requiredText,
    country: countrySchema,
    population: z.number().int().positive().max(MAX_INTEGER).nullable(),
    // Shown as a link: a web address only (no javascript: or data: address).
    website: z.url({ protocol: /^https?$/, error: "A web address starting with https:// or http://" }).nullable(),
  }),
  policyArea: z.object({ slug: slugSchema, name: requiredText }),
  focus: optionalText,
  title: optionalText,
  // PostgreSQL's dates have no year 0 (1 BC is year 1 before it).
  workshopDate: z.iso.date().refine((d) => !d.startsWith("0000"), "A date from year 1").nullable(),
  introduction: text,
  policyAreaIntro: text,
  cityIntro: text,
  participants: z.array(participantSchema),
  summary: findingsSchema,
  context: text,
  selectedFocus: text,
  ecosystem: text,
  portfolio: z.object({
    title: text,
    scope: text,
    coordinator: text,
    stakeholders: z.array(stakeholderSchema),
    challenges: z.array(themeGroupSchema),
    opportunities: z.array(themeGroupSchema),
  }),
  inventory: z.array(inventoryRowSchema),
  methods: z.array(methodSchema),
  findings: findingsSchema,
  extraSections: z.array(extraSectionSchema),
});

export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export const SAMPLE_LABEL = "Sample content - not an ekip case";
