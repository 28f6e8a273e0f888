import { z } from "zod";

export type QueryParams = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * First value of each parameter, empty ones dropped (a form's "any" choice sends an empty value), without NUL
 * characters (an encoded %00), which PostgreSQL cannot compare text with.
 */
export function firstValues(params: QueryParams): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.keys()].map((k) => [k, params.get(k)] as const) : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const given = Array.isArray(value) ? value[0] : value;
    // Only text: a parameter named like an object's own property ("constructor") must not reach past the query.
    const first = typeof given === "string" ? given.replaceAll("\0", "").trim() : "";
    if (first !== "") out[key] = first;
  }
  return out;
}

export type ParamError = { parameter: string; message: string };

/** Validates query parameters: the value, or the first bad parameter named with a readable message. */
export function parseParams<S extends z.ZodType>(schema: S, params: QueryParams): { ok: true; value: z.infer<S> } | { ok: false; error: ParamError } {
  const parsed = schema.safeParse(firstValues(params));
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  // A strict schema refuses unknown parameters in one issue without a path: name the first of them.
  if (issue.code === "unrecognized_keys") {
    const parameter = issue.keys[0]!;
    const known = schema instanceof z.ZodObject ? ` (this address takes ${Object.keys(schema.shape).join(", ") || "none"})` : "";
    return { ok: false, error: { parameter, message: `${parameter}: not a parameter of this address${known}` } };
  }
  const parameter = String(issue.path[0] ?? "query");
  return { ok: false, error: { parameter, message: `${parameter}: ${issue.message}` } };
}
