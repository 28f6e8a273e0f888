import { z } from "zod";
import { countryFilterSchema, pageFilterSchema, searchWordsParam } from "./filter-fields";
import { slugSchema } from "../case/schema";

export const RECOMMENDATIONS_PAGE_SIZE = 50;

/** The filters of /recommendations and /api/v1/recommendations. */
export const recommendationFiltersSchema = z.strictObject({
  q: searchWordsParam.optional().describe("Full-text search in titles and bodies"),
  city: slugSchema.optional().describe("City slug, e.g. saint-etienne"),
  country: countryFilterSchema,
  policyArea: slugSchema.optional().describe("Policy area slug, e.g. artificial-intelligence"),
  page: pageFilterSchema(RECOMMENDATIONS_PAGE_SIZE),
});

export type RecommendationFilters = z.infer<typeof recommendationFiltersSchema>;
