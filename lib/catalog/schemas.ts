import { z } from "zod";
import { caseDocumentSchema, countrySchema, slugSchema, TEXT_LIMITS } from "../case/schema";
import { isCountryCode } from "../case/country-codes";
import { slugify } from "../slug";
import { isUtf8Text, NOT_UTF8 } from "../search/filter-fields";

/**
 * The forms that manage cities, policy areas and organisations. The rules are the case schema's
 * (a city here is a case's city); the words are the forms': each field with a problem gets one
 * message that says what to enter.
 */

const city = caseDocumentSchema.shape.city.shape;
const policyArea = caseDocumentSchema.shape.policyArea.shape;

const blankToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
/** A number as people type it, digits with spaces or commas between ("172 000", "172,000"); nothing else ("1e3", "0x10"). */
const toNumber = (value: unknown) => {
  if (typeof value !== "string") return value;
  const digits = value.trim().replace(/[\s,]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
};

/** A city's or policy area's description, as its public page shows it (Markdown): the rules of a case's text about it. */
const description = z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n/g, "\n") : (v ?? "")), caseDocumentSchema.shape.cityIntro);

/**
 * The description as typed, and as the form showed it (a hidden field). Unchanged, it is left as it is: one not
 * set yet stays unset (null), to be taken from the first published case that has one; emptied, it stays empty.
 */
const descriptionFields = { description, descriptionShown: description };
function withDescriptionChange<T extends { description: string; descriptionShown: string }>({ description, descriptionShown, ...rest }: T) {
  return { ...rest, description: description === descriptionShown ? undefined : description };
}

const cityFields = {
  name: city.name,
  // A code staff type is checked against the countries; one stored before this check was is read as it is (the case schema).
  countryCode: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), countrySchema.shape.code)
    .refine(isCountryCode, "No country has this code now: enter its two-letter ISO code, such as FR (GB for the United Kingdom)"),
  countryName: countrySchema.shape.name,
  population: z.preprocess((v) => toNumber(blankToNull(v)), city.population),
  website: z.preprocess(blankToNull, city.website),
  ...descriptionFields,
};

const givenSlug = z.preprocess(blankToUndefined, city.slug.optional());

const NO_SLUG_FROM_NAME = "No address can be made from this name (it needs letters or digits): enter a slug, such as porto-sereno";

/** The slug given, or one made from the name (which may leave nothing: "???" has no letters). */
function withSlug<T extends { name: string; slug?: string }>(value: T, ctx: z.RefinementCtx): T & { slug: string } {
  const slug = value.slug ?? slugify(value.name);
  if (!slugSchema.safeParse(slug).success) ctx.addIssue({ code: "custom", path: ["slug"], message: NO_SLUG_FROM_NAME });
  return { ...value, slug };
}

/** A new city: its slug is given, or made from its name. */
export const newCitySchema = z.object({ ...cityFields, slug: givenSlug }).transform(withSlug).transform(withDescriptionChange);
export type NewCity = z.infer<typeof newCitySchema>;

/** A city's slug is its public address (/cities/{slug}): it names the city to change, and is never changed. */
export const cityChangeSchema = z.object({ slug: city.slug, ...cityFields }).transform(withDescriptionChange);
export type CityChange = z.infer<typeof cityChangeSchema>;

export const newPolicyAreaSchema = z.object({ name: policyArea.name, slug: givenSlug }).transform(withSlug);
export type NewPolicyArea = z.infer<typeof newPolicyAreaSchema>;

export const renameSchema = z.object({ slug: slugSchema, name: policyArea.name });

/** A policy area's slug is its public address: it names the area to change, and is never changed. */
export const policyAreaChangeSchema = z.object({ slug: slugSchema, name: policyArea.name, ...descriptionFields }).transform(withDescriptionChange);
export type PolicyAreaChange = z.infer<typeof policyAreaChangeSchema>;

export const mergeSchema = z.object({ keep: slugSchema, merge: slugSchema });
/** The form's merge: ticked as understood, since it cannot be undone. */
export const mergeFormSchema = mergeSchema.extend({ confirmed: z.literal("on") });

/** Another spelling of an organisation to forget: one of its `aliases`, as listed. */
export const forgetSpellingSchema = z.object({ slug: slugSchema, spelling: z.string().min(1).max(TEXT_LIMITS.name) });

const MESSAGES: Record<string, string> = {
  name: "Enter a name",
  slug: "Enter a slug of lower-case letters, digits and single hyphens, such as porto-sereno, or leave it empty to make one from the name",
  countryCode: "Enter the country's two-letter ISO code, such as FR",
  countryName: "Enter the country's name",
  population: "Enter the population as a whole number (at most 2,147,483,647), or leave it empty",
  website: "Enter the website's full address, starting with https://, or leave it empty",
  description: "Enter the description as text, or leave it empty",
  keep: "Choose the organisation to keep",
  merge: "Choose the organisation to merge into it",
  confirmed: "Tick the box to say you understand: the second organisation is deleted, and a merge cannot be undone",
  spelling: "Choose a spelling to forget",
};

/** What the case editor asks for while someone types an organisation's name (GET /edit/organisations/suggestions). */
export const organisationSuggestionQuerySchema = z.object({
  q: z.string({ error: "Give the start of a name as q" }).trim().min(2, "Give at least 2 letters of a name as q").max(200, "A name to look for is at most 200 characters")
    .refine(isUtf8Text, `The name to look for ${NOT_UTF8}`),
});

/** A form's field errors, each said once in words that tell what to enter. */
export function formErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (!issue.path.length) continue;
    const field = String(issue.path[0]);
    // A text too long says how long it may be, and our own checks say what they found; any other problem (a number
    // too big included) says what to enter.
    const isOwn = (issue.code === "too_big" && issue.origin === "string") || issue.code === "custom";
    errors[field] ??= [isOwn ? issue.message : (MESSAGES[field] ?? issue.message)];
  }
  return errors;
}
