import { z } from "zod";
import { caseDocumentSchema, FACETS, SAMPLE_LABEL, slugSchema, STAKEHOLDER_CATEGORIES } from "../case/schema";
import { caseFiltersSchema } from "../search/case-filters";
import { FEW_HITS } from "../search/corrected-words";
import { recommendationFiltersSchema } from "../search/recommendation-filters";

/**
 * The responses of the open data API. The routes build their bodies to these types, the OpenAPI
 * document is generated from them, and the end-to-end tests validate what the API sends against them.
 */

export const licenseSchema = z
  .object({ name: z.string(), spdx: z.string(), url: z.url() })
  .describe("The licence of the content: reuse it freely, with attribution to the ekip partnership");

export const errorSchema = z.object({
  error: z.object({
    parameter: z.string().optional().describe("The query parameter that was refused"),
    message: z.string().describe("What was wrong, for people"),
  }),
});

export const snippetSchema = z
  .array(z.object({ text: z.string(), isMatch: z.boolean().describe("Whether this part matched the search words") }))
  .nullable()
  .describe("The text around the words searched for, in parts; null without a search");

export const facetValueSchema = z.object({
  value: z.string().describe("The value to pass as the filter parameter"),
  label: z.string(),
  count: z.number().int().nonnegative().describe("How many results have this value (the list's `facets` says over what)"),
});

export const pageLinksSchema = z.object({
  self: z.url(),
  next: z.url().nullable(),
  prev: z.url().nullable(),
});

const pagination = {
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  total: z.number().int().nonnegative().describe("Results on every page together"),
  links: pageLinksSchema,
};

const isSample = z.boolean().describe(`True for made-up sample content, shown as "${SAMPLE_LABEL}"`);

const caseFocusSchema = z.string().nullable().describe("What the case concentrates on within its policy area, when it names it (a city may have more than one case in a policy area)");

export const caseHitSchema = z.object({
  slug: slugSchema,
  isSample,
  title: z.string().nullable(),
  citySlug: slugSchema,
  cityName: z.string(),
  countryCode: z.string(),
  countryName: z.string(),
  policyAreaSlug: slugSchema,
  policyAreaName: z.string(),
  focus: caseFocusSchema,
  year: z.number().int().nullable().describe("The year of the workshop, when the case gives its date"),
  updatedAt: z.iso.datetime(),
  snippet: snippetSchema,
  url: z.url().describe("The case's permalink (its page)"),
  apiUrl: z.url().describe("The whole case in the interchange format"),
});

const notice = {
  notice: z.string().optional().describe("Why nothing was found, when `q` holds only very common words (such as “the”) or punctuation, which every search leaves out"),
};

export const suggestionSchema = z.object({
  kind: z.enum(["corrected", "anyWord"])
    .describe("`corrected`: `q` with its misspelt words spelt as a published case spells them (\"Did you mean …?\"); `anyWord`: any of its words, joined by OR, instead of all"),
  q: z.string().describe("The words of the search offered"),
  filtersKept: z.boolean().describe("False for a correction that finds nothing with the filters chosen, offered without them (in every case, or recommendation)"),
  url: z.url().describe("That search, from its first page: the other filters kept, unless `filtersKept` is false"),
});

/** Other searches, as the pages offer them; looked for only when a search by words found little. */
const suggestions = {
  suggestions: z.array(suggestionSchema).optional()
    .describe(`Given when \`q\` found fewer than ${FEW_HITS} results and another search finds something: the pages' "Did you mean …?" and "Find any of the words"`),
};

const caseFacetNameSchema = caseFiltersSchema.keyof().exclude(["q", "page"]);

export const caseListSchema = z.object({
  data: z.array(caseHitSchema),
  ...pagination,
  facets: z
    .record(caseFacetNameSchema, z.array(facetValueSchema))
    .describe("For each filter, its values; each counted as if chosen, with `q` and the other filters kept"),
  ...notice,
  ...suggestions,
  license: licenseSchema,
});

export const citySchema = z.object({
  slug: slugSchema,
  name: z.string(),
  countryCode: z.string(),
  countryName: z.string(),
  population: z.number().int().positive().nullable(),
  caseCount: z.number().int().nonnegative().describe("Published cases of the city"),
  isSample: z.boolean().describe("True for a fictional city of the sample content"),
  url: z.url(),
});

export const cityListSchema = z.object({ data: z.array(citySchema), license: licenseSchema });

export const policyAreaSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  description: z.string().describe("Markdown"),
  caseCount: z.number().int().nonnegative().describe("Published cases in the policy area"),
  url: z.url(),
});

export const policyAreaListSchema = z.object({ data: z.array(policyAreaSchema), license: licenseSchema });

/** The published case something is part of: where and what it is about. */
const ofCase = {
  caseSlug: slugSchema,
  isSample,
  citySlug: slugSchema,
  cityName: z.string(),
  countryCode: z.string(),
  countryName: z.string(),
  policyAreaSlug: slugSchema,
  policyAreaName: z.string(),
  focus: caseFocusSchema,
};

export const recommendationSchema = z.object({
  ...ofCase,
  part: z.enum(["summary", "closing"]).describe("The summary at the top of the case, or its closing section"),
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().describe("Markdown; a whole sentence, which opens with the title when the document wrote the title as its bold lead-in"),
  snippet: snippetSchema,
  caseUrl: z.url(),
  url: z.url().nullable().describe("The recommendation on its case's page, at its anchor (the closing part's anchors start with findings-); null for a second recommendation of the same number in its part"),
  citation: z.string().nullable().describe("A reference to this recommendation for people, to the version of its case read now, as its case's page gives it but for the day it was read, which the citer adds; null for a second recommendation of the same number in its part, which has no address of its own"),
});

const recommendationFacetNameSchema = recommendationFiltersSchema.keyof().exclude(["q", "page"]);

export const recommendationListSchema = z.object({
  data: z.array(recommendationSchema),
  ...pagination,
  facets: z
    .record(recommendationFacetNameSchema, z.array(facetValueSchema))
    .describe("For each filter, its values; each counted as if chosen, with `q` and the other filters kept"),
  ...notice,
  ...suggestions,
  license: licenseSchema,
});

const facetsSchema = z.array(z.enum(FACETS));
const onlySamples = z.boolean().describe(`True when only made-up sample content names it, shown as "${SAMPLE_LABEL}"`);

export const actorSummarySchema = z.object({
  slug: slugSchema,
  name: z.string().describe("The catalog's name of the organisation"),
  caseCount: z.number().int().positive().describe("Published cases that name it (participant, stakeholder or inventory actor)"),
  cities: z.array(z.object({ slug: slugSchema, name: z.string() })).describe("The cities of those cases, by name"),
  facets: facetsSchema.describe("The OPSI facets their inventories give it"),
  isSample: onlySamples,
  url: z.url().describe("Its page"),
  apiUrl: z.url().describe("Every case that names it, and how"),
});

export const actorListSchema = z.object({ data: z.array(actorSummarySchema), ...pagination, license: licenseSchema });

export const actorSchema = z.object({
  slug: slugSchema,
  name: z.string().describe("The catalog's name of the organisation"),
  otherSpellings: z.array(z.string()).describe("The other names the published cases give it"),
  facets: facetsSchema.describe("The OPSI facets the inventories give it"),
  isSample: onlySamples,
  url: z.url().describe("Its page"),
  apiUrl: z.url().describe("This answer's address"),
  appearances: z.array(z.object({
    ...ofCase,
    caseUrl: z.url().describe("The case's permalink (its page)"),
    caseApiUrl: z.url().describe("The whole case in the interchange format"),
    participant: z.array(z.string()).describe("As a workshop participant: the name the case gives"),
    stakeholder: z.array(z.object({ category: z.enum(STAKEHOLDER_CATEGORIES), name: z.string() })).describe("As a stakeholder of the innovation portfolio"),
    inventory: z.array(z.object({
      name: z.string(), areaOfExpertise: z.string(), targetGroup: z.string(), facets: facetsSchema,
      innovationNote: z.string().nullable(), isResource: z.boolean().describe("True when the inventory lists it as a resource rather than an actor"),
    })).describe("As an actor of the case's inventory"),
  })).describe("Each published case that names it, by city and policy area"),
  license: licenseSchema,
});

export const BULK_FORMAT = "ekip-case-bulk/1";

export const bulkCasesSchema = z.object({
  format: z.literal(BULK_FORMAT),
  license: licenseSchema,
  generatedAt: z.iso.datetime(),
  cases: z.array(caseDocumentSchema),
});

export const COMPARISON_FORMAT = "ekip-comparison/2";

/**
 * `/compare/export.json`: the cases as they are (ekip-case/1, which version 1 broke by adding fields to each),
 * with what the page derives from them beside them.
 */
export const comparisonSchema = z.object({
  format: z.literal(COMPARISON_FORMAT),
  license: licenseSchema,
  cases: z.array(caseDocumentSchema).describe("The cases compared, in the order asked"),
  facetCounts: z.record(slugSchema, z.object(Object.fromEntries(FACETS.map((f) => [f, z.int().nonnegative()])) as Record<(typeof FACETS)[number], z.ZodInt>))
    .describe("For each case (by slug): how many of its inventory's actors have each OPSI facet"),
  sampleLabel: z.literal(SAMPLE_LABEL).optional().describe("Given when a case compared is made-up sample content (its `sample` is true)"),
  sharedOrganisations: z.array(z.object({ slug: slugSchema, name: z.string(), cases: z.array(slugSchema) }))
    .describe("Organisations that appear in more than one of the cases"),
  themes: z.array(z.object({
    area: z.enum(["challenges", "opportunities", "recommendations"]),
    stem: z.string(), words: z.array(z.string()), cases: z.array(slugSchema), mentions: z.int().positive(),
  })).describe("Word stems that recur across the cases' challenges, opportunities or closing recommendations"),
});

export type CaseList = z.output<typeof caseListSchema>;
export type CityList = z.output<typeof cityListSchema>;
export type PolicyAreaList = z.output<typeof policyAreaListSchema>;
export type RecommendationList = z.output<typeof recommendationListSchema>;
export type ActorList = z.output<typeof actorListSchema>;
export type Actor = z.output<typeof actorSchema>;
export type BulkCases = z.output<typeof bulkCasesSchema>;
export type ComparisonBody = z.input<typeof comparisonSchema>;
export type ApiError = z.output<typeof errorSchema>["error"];
export type Snippet = z.output<typeof snippetSchema>;
export type Suggestion = z.output<typeof suggestionSchema>;

/** The query of an address that takes no parameters: any parameter is refused, so that a typo is not silently ignored. */
export const noQuerySchema = z.strictObject({});
