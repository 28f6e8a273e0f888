import { z } from "zod";
import { countryFilterSchema, pageFilterSchema, searchWordsParam, slugFilterSchema, wholeNumberParam } from "./filter-fields";
import { FACETS, STAKEHOLDER_CATEGORIES, WORKSHOP_YEARS } from "../case/schema";

export const PAGE_SIZE = 20;

/** The filters of /cases and /api/v1/cases: the query string is the whole state, so a URL can be shared. */
export const caseFiltersSchema = z.strictObject({
  q: searchWordsParam.optional().describe("Full-text search, accent- and case-insensitive"),
  city: slugFilterSchema("City slug, e.g. saint-etienne"),
  country: countryFilterSchema,
  policyArea: slugFilterSchema("Policy area slug, e.g. artificial-intelligence"),
  year: wholeNumberParam({ min: WORKSHOP_YEARS.min, max: WORKSHOP_YEARS.max, message: "a year such as 2024" }).optional().describe("Year of the workshop; a case whose workshop date is not known has no year"),
  facet: z.enum(FACETS, { error: `one of ${FACETS.join(", ")}` }).optional().describe("An OPSI facet present in the case's inventory"),
  stakeholder: z.enum(STAKEHOLDER_CATEGORIES, { error: `one of ${STAKEHOLDER_CATEGORIES.join(", ")}` }).optional()
    .describe("A stakeholder category present in the case's portfolio"),
  page: pageFilterSchema(PAGE_SIZE),
});

export type CaseFilters = z.infer<typeof caseFiltersSchema>;
export type CaseFilterName = Exclude<keyof CaseFilters, "q" | "page">;
export const FILTER_NAMES: CaseFilterName[] = ["city", "country", "policyArea", "year", "facet", "stakeholder"];

/** Whether anything is chosen besides the words and the page. */
export const hasCaseFilters = (filters: CaseFilters) => FILTER_NAMES.some((name) => filters[name] !== undefined);
