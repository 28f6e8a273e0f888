import type { z } from "zod";
import { pageCountOf } from "./page-count";
import { firstValues, parseParams, repeatedValues, type QueryParams } from "./query-params";

/** A query parameter a page left out: its name, the value given and why it was not understood. */
export type IgnoredParam = { parameter: string; value: string | null; reason: string };

/**
 * Query parameters for a page, where a person may have typed or edited the address: each invalid
 * parameter is reported and left out, and the valid ones still apply. (The API refuses instead.)
 * Use a stripping schema, so that unknown parameters are ignored rather than reported.
 */
export function parseParamsLeniently<S extends z.ZodType>(schema: S, params: QueryParams): { value: z.infer<S>; ignored: IgnoredParam[] } {
  const remaining = firstValues(params);
  const ignored: IgnoredParam[] = [];
  for (;;) {
    const parsed = parseParams(schema, remaining);
    if (parsed.ok) return { value: parsed.value, ignored: [...ignored, ...repeatsLeftOut(params, parsed.value)] };
    const { parameter, message } = parsed.error;
    const known = parameter in remaining;
    ignored.push({ parameter, value: remaining[parameter] ?? null, reason: message.slice(parameter.length + 2) });
    if (!known) return { value: schema.parse({}), ignored };
    delete remaining[parameter];
  }
}

/** The second and later values of a parameter the page uses, given more than once: only the first is used. */
function repeatsLeftOut(params: QueryParams, value: unknown): IgnoredParam[] {
  return Object.entries(repeatedValues(params))
    .filter(([key]) => (value as Record<string, unknown>)[key] !== undefined)
    .flatMap(([parameter, [first, ...rest]]) => rest.map((extra) => ({ parameter, value: extra, reason: `given more than once: only the first value, ${first}, is used` })));
}

/** A page past the last of a list, said like a parameter left out (readWithinLast then shows the last page). */
export function pageBeyondLast(page: number, pageCount: number): IgnoredParam[] {
  return page > pageCount ? [{ parameter: "page", value: String(page), reason: `there is no such page: the last is page ${pageCount}` }] : [];
}

type PageOfList = { total: number; pageSize: number };

/**
 * A page of a list, as asked; past the last page, the last page instead (read again: only a typed or
 * outdated address asks for it), and why in `ignored`.
 */
export async function readWithinLast<L extends PageOfList>(page: number, read: (page: number) => Promise<L>): Promise<{ list: L; page: number; pageCount: number; ignored: IgnoredParam[] }> {
  const asked = await read(page);
  const pageCount = pageCountOf(asked.total, asked.pageSize);
  if (page <= pageCount) return { list: asked, page, pageCount, ignored: [] };
  return { list: await read(pageCount), page: pageCount, pageCount, ignored: pageBeyondLast(page, pageCount) };
}
