import { z } from "zod";

/** A city or policy area filter: its slug, in any case ("KOSICE" is kosice, as a reader's page typed in capitals is). */
export const slugFilterSchema = (description: string) => z
  .string()
  .max(120, "a slug of at most 120 characters")
  .regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, "a slug such as saint-etienne: letters, digits and single hyphens")
  .transform((slug) => slug.toLowerCase())
  .optional()
  .describe(description);

/** A country filter: an ISO 3166-1 alpha-2 code, in any case. */
export const countryFilterSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "an ISO 3166-1 alpha-2 code such as FR")
  .transform((c) => c.toUpperCase())
  .optional()
  .describe("ISO 3166-1 alpha-2 country code, e.g. FR");

/**
 * Words to search for, as an address gives them. A byte that is not UTF-8 (`%E9`, Latin-1's é) reaches the
 * schema as U+FFFD, which no text holds: refused, rather than searched for as "�" (so is a U+FFFD sent as such,
 * %EF%BF%BD: the same character, copied from garbled text).
 */
export const NOT_UTF8 = "holds “\uFFFD”, which stands for bytes that were not UTF-8 (an address writes é as %C3%A9, not %E9), or for a letter lost before the words were copied: leave it out";

/** Text of an address that held no byte outside UTF-8 (which arrives as U+FFFD). */
export function isUtf8Text(text: string): boolean {
  return !text.includes("\uFFFD");
}

export const searchWordsParam = z.string().max(200, "at most 200 characters").refine(isUtf8Text, NOT_UTF8);

type WholeNumberRange = { min: number; max: number; message: string; tooSmall?: string; tooLarge?: string };

/**
 * A whole number as an address writes it: digits only. Coercing to a number alone would also take "2025.0",
 * "+2025", " 2025" and "1e2" (page 100). The API's description calls it the integer it is (lib/api/openapi.ts).
 */
export const wholeNumberParam = ({ min, max, message, tooSmall = message, tooLarge = message }: WholeNumberRange) =>
  z.string().regex(/^\d{1,9}$/, message).transform(Number)
    .pipe(z.number().min(min, tooSmall).max(max, tooLarge))
    .meta({ type: "integer", minimum: min, maximum: max });

/** The page of a list, from 1. */
export const pageFilterSchema = (pageSize: number) =>
  wholeNumberParam({ min: 1, max: 10_000, message: "a page number", tooSmall: "a page number from 1", tooLarge: "a page number up to 10,000" })
    .default(1)
    .describe(`Page of results, ${pageSize} to a page; past the last page, data is empty, and links.prev names the last page`);
