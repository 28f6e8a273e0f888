import { z } from "zod";
import { slugSchema } from "../case/schema";

export const RECOMMENDATIONS_PAGE_SIZE = 50;

/** The filters of /recommendations and /api/v1/recommendations. */
export const recommendationFiltersSchema = z.strictObject({
  q: z.string().max(200, "at most 200 characters").optional().describe("Full-text search in titles and bodies"),
  city: slugSchema.optional().describe("City slug, e.g. saint-etienne"),
  country: z.string().regex(/^[A-Za-z]{2}$/, "an ISO 3166-1 alpha-2 code such as FR").transform((c) => c.toUpperCase()).optional().describe("ISO 3166-1 alpha-2 country code, e.g. FR"),
  policyArea: slugSchema.optional().describe("Policy area slug, e.g. artificial-intelligence"),
  page: z.coerce.number({ error: "a page number" }).int("a page number").min(1, "a page number from 1").max(10_000).default(1).describe(`Page of results, ${RECOMMENDATIONS_PAGE_SIZE} to a page`),
});

export type RecommendationFilters = z.infer<typeof recommendationFiltersSchema>;
