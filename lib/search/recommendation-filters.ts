import { z } from "zod";
import { countryFilterSchema, pageFilterSchema, searchWordsParam, slugFilterSchema } from "./filter-fields";

export const RECOMMENDATIONS_PAGE_SIZE = 50;

/** The filters of /recommendations and /api/v1/recommendations. */
export const recommendationFiltersSchema = z.strictObject({
  q: searchWordsParam.optional().describe("Full-text search in titles and bodies"),
  city: slugFilterSchema("City slug, e.g. saint-etienne"),
  country: countryFilterSchema,
  policyArea: slugFilterSchema("Policy area slug, e.g. artificial-intelligence"),
  page: pageFilterSchema(RECOMMENDATIONS_PAGE_SIZE),
});

export type RecommendationFilters = z.infer<typeof recommendationFiltersSchema>;

/** Whether anything is chosen besides the words and the page. */
export const hasRecommendationFilters = (f: RecommendationFilters) => [f.city, f.country, f.policyArea].some((v) => v !== undefined);
