import { z } from "zod";

export type QueryParams = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * Every parameter's values as given, without NUL characters (an encoded %00), which PostgreSQL cannot compare
 * text with, and trimmed. Only text: a value that is not (a parameter named like an object's own property,
 * "constructor") counts as empty and never reaches past the query.
 */
function valuesOf(params: QueryParams): Array<[string, string[]]> {
  return rawValuesOf(params).map(([key, values]) => [key, values.map((v) => v.replaceAll("\0", "").trim())]);
}

/** Every parameter's values as sent; a value that is not text (a parameter named like an object's own property) as empty. */
function rawValuesOf(params: QueryParams): Array<[string, string[]]> {
  const lists = params instanceof URLSearchParams
    ? [...new Set(params.keys())].map((key) => [key, params.getAll(key)] as const)
    : Object.entries(params).map(([key, value]) => [key, value === undefined ? [] : [value].flat()] as const);
  return lists.map(([key, values]) => [key, values.map((v: unknown) => (typeof v === "string" ? v : ""))]);
}

/**
 * First non-empty value of each parameter: an empty one is no choice (a form's "any" sends it), so
 * `city=&city=lund` chooses Lund.
 */
export function firstValues(params: QueryParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, values] of valuesOf(params)) {
    const first = values.find(Boolean);
    if (first) out[key] = first;
  }
  return out;
}

/** The parameters given more than once (with more than one non-empty value), each with its values. */
export function repeatedValues(params: QueryParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, values] of valuesOf(params)) {
    const given = values.filter(Boolean);
    if (given.length > 1) out[key] = given;
  }
  return out;
}

export type ParamError = { parameter: string; message: string };

/** Validates query parameters: the value, or the first bad parameter named with a readable message. */
export function parseParams<S extends z.ZodType>(schema: S, params: QueryParams): { ok: true; value: z.infer<S> } | { ok: false; error: ParamError } {
  // Pages read a value without its NULs (lenient-params.ts); a program is told, rather than answered for another value.
  const withNul = rawValuesOf(params).find(([, values]) => values.some((v) => v.includes("\0")));
  if (withNul) return { ok: false, error: refusedParameter(withNul[0], "holds a NUL character (%00), which no value of any parameter has") };
  const parsed = schema.safeParse(firstValues(params));
  // A value for every parameter the schema takes: one given twice would otherwise use the first silently.
  const repeated = parsed.success ? Object.keys(repeatedValues(params)).find((key) => (parsed.data as Record<string, unknown>)[key] !== undefined) : undefined;
  if (repeated) return { ok: false, error: { parameter: repeated, message: `${repeated}: given more than once; give one value` } };
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  // A strict schema refuses unknown parameters in one issue without a path: name the first of them.
  if (issue.code === "unrecognized_keys") {
    const parameter = issue.keys[0]!;
    const known = schema instanceof z.ZodObject ? ` (this address takes ${Object.keys(schema.shape).join(", ") || "none"})` : "";
    return { ok: false, error: { parameter, message: `${parameter}: not a parameter of this address${known}` } };
  }
  const parameter = String(issue.path[0] ?? "query");
  return { ok: false, error: refusedParameter(parameter, issue.message) };
}

/** A parameter refused, named first: "slug: use lower-case letters…", whatever case the schema's message starts in. */
export function refusedParameter(parameter: string, message: string): ParamError {
  return { parameter, message: `${parameter}: ${message.charAt(0).toLowerCase()}${message.slice(1)}` };
}

/** A campaign's or an advertiser's tag that a shared link gains on its way (`utm_source`, `fbclid`): about the link, not the file. */
const CAMPAIGN_PARAMETER = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/i;

/** The parameters without campaign tags: a download passes over them, as the pages do, and refuses any other it does not take. */
export function withoutCampaignTags(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([key]) => !CAMPAIGN_PARAMETER.test(key)));
}
