import { z } from "zod";
import { slugSchema } from "../case/schema";
import { withoutCampaignTags, type QueryParams } from "../search/query-params";

export const MIN_CASES = 2;
export const MAX_CASES = 4;

/** `cases` as the URL carries it: "a,b,c" or repeated (`cases=a&cases=b`, what a plain form sends). */
export function caseSlugsOf(params: QueryParams): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll("cases") : [params.cases ?? []].flat();
  return raw.flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);
}

/** Where a case is chosen a second time among those asked (the picker's field), or -1. */
export const chosenTwiceAt = (slugs: string[]) => slugs.findIndex((slug, i) => slugs.indexOf(slug) !== i);

/** The slugs asked, checked; a case chosen twice is named by `nameOf` (its name on the page, its slug in a file's answer). */
export const compareSlugsSchema = (nameOf: (slug: string) => string = (slug) => slug) => z
  .array(slugSchema)
  .min(MIN_CASES, `Choose at least ${MIN_CASES} cases to compare`)
  .max(MAX_CASES, `At most ${MAX_CASES} cases can be compared side by side`)
  .superRefine((slugs, ctx) => {
    const twice = chosenTwiceAt(slugs);
    if (twice >= 0) ctx.addIssue({ code: "custom", message: `“${nameOf(slugs[twice]!)}” is chosen twice` });
  });

export type CompareRequest = { ok: true; slugs: string[] } | { ok: false; slugs: string[]; message: string };

/** Reads the comparison the URL asks for; a readable message instead of a crash when it cannot be made. */
export function readCompareRequest(params: QueryParams, nameOf?: (slug: string) => string): CompareRequest {
  const asked = caseSlugsOf(params);
  const slugs = asked.filter((s) => slugSchema.safeParse(s).success);
  const invalid = asked.filter((s) => !slugs.includes(s));
  if (invalid.length) return { ok: false, slugs, message: notAddressesMessage(invalid) };
  const parsed = compareSlugsSchema(nameOf).safeParse(slugs);
  if (parsed.success) return { ok: true, slugs: parsed.data };
  // The picker has room for the first ones: the others are named, not dropped without a word.
  const over = slugs.slice(MAX_CASES);
  const message = parsed.error.issues[0]!.message + (slugs.length > MAX_CASES ? `: ${over.map((s) => `“${s.slice(0, 60)}”`).join(", ")} ${over.length === 1 ? "was" : "were"} left out` : "");
  return { ok: false, slugs, message };
}

/** Says which of the values asked for cannot be case addresses, in one sentence however many (each cut to 60 characters). */
function notAddressesMessage(invalid: string[]): string {
  const quoted = invalid.map((s) => `“${s.slice(0, 60)}”`).join(", ");
  return invalid.length === 1 ? `${quoted} is not a case address` : `${quoted} are not case addresses`;
}

/**
 * A comparison's downloads take `cases` only, once (the page also takes it repeated, as a plain form sends it): as
 * the API, they refuse another parameter (but a campaign's tag, which a shared link gains), or `cases` given twice,
 * instead of ignoring or joining them.
 */
export function unknownDownloadParameter(params: URLSearchParams): { parameter: string; message: string } | undefined {
  const parameter = [...withoutCampaignTags(params).keys()].find((key) => key !== "cases");
  if (parameter !== undefined) return { parameter, message: `${parameter.slice(0, 60)}: not a parameter of this address (it takes cases).` };
  if (params.getAll("cases").length > 1) return { parameter: "cases", message: "cases: given more than once; give the cases once, separated by commas (cases=a,b)." };
  return undefined;
}

/** The canonical URL of a comparison. */
export const compareHref = (slugs: string[]) => (slugs.length ? `/compare?cases=${slugs.map(encodeURIComponent).join(",")}` : "/compare");

/** Says which of the cases asked for are not published, in one sentence however many. */
export function missingCasesMessage(missing: string[]): string {
  const quoted = missing.map((s) => `“${s}”`).join(", ");
  return missing.length === 1 ? `No published case has the address ${quoted}` : `No published cases have the addresses ${quoted}`;
}
