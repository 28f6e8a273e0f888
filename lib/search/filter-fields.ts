import { z } from "zod";

/** A country filter: an ISO 3166-1 alpha-2 code, in any case. */
export const countryFilterSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "an ISO 3166-1 alpha-2 code such as FR")
  .transform((c) => c.toUpperCase())
  .optional()
  .describe("ISO 3166-1 alpha-2 country code, e.g. FR");

/**
 * A whole number as an address writes it: digits only. Coercing to a number alone would also take "2025.0",
 * "+2025", " 2025" and "1e2" (page 100), which the API's description refuses.
 */
export const wholeNumberParam = (message: string) => z.string().regex(/^\d{1,9}$/, message).transform(Number);

/** The page of a list, from 1. */
export const pageFilterSchema = (pageSize: number) =>
  wholeNumberParam("a page number")
    .pipe(z.number().min(1, "a page number from 1").max(10_000, "a page number up to 10,000"))
    .default(1)
    .describe(`Page of results, ${pageSize} to a page`);
