import { isDeepStrictEqual } from "node:util";
import { diff3Merge } from "node-diff3";

/** `tookTheirs`: some of their changes are in the list; `clashed`: some of mine stand where they changed it too. */
export type ListMerge<T> = { list: T[]; tookTheirs: boolean; clashed: boolean };

/** An entry as a string for the diff: its object keys sorted, so that the order jsonb returns them in does not matter. */
function keyOf(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

/** One entry both of us may have changed: theirs where I left it, mine otherwise (a clash when they changed it too). */
function mergeEntry<T>(base: T, mine: T, theirs: T): { entry: T; clashed: boolean } {
  if (isDeepStrictEqual(mine, base)) return { entry: theirs, clashed: false };
  return { entry: mine, clashed: !isDeepStrictEqual(theirs, base) && !isDeepStrictEqual(theirs, mine) };
}

/**
 * Three-way merge of a list, entry by entry (diff3): entries they added, removed or changed are taken
 * where I left that stretch of the list alone. Where we both changed a stretch, it is merged entry by
 * entry when it kept its length on both sides, and kept as mine (a clash) when it did not.
 */
export function mergeLists<T>(base: T[], mine: T[], theirs: T[]): ListMerge<T> {
  const entries = new Map<string, T>();
  const keys = (list: T[]) => list.map((entry) => {
    const key = keyOf(entry);
    if (!entries.has(key)) entries.set(key, entry);
    return key;
  });
  const [mineKeys, baseKeys, theirKeys] = [keys(mine), keys(base), keys(theirs)];
  const result: ListMerge<T> = { list: [], tookTheirs: false, clashed: false };
  const take = (list: string[]) => result.list.push(...list.map((key) => structuredClone(entries.get(key)!)));
  for (const region of diff3Merge(mineKeys, baseKeys, theirKeys, { excludeFalseConflicts: true })) {
    if (region.ok) {
      take(region.ok);
      continue;
    }
    const { a, o, b } = region.conflict!;
    if (a.length !== o.length || b.length !== o.length) {
      take(a);
      result.clashed = true;
      continue;
    }
    for (let i = 0; i < o.length; i++) {
      const merged = mergeEntry(entries.get(o[i]!)!, entries.get(a[i]!)!, entries.get(b[i]!)!);
      result.list.push(structuredClone(merged.entry));
      result.clashed ||= merged.clashed;
    }
  }
  // Every stretch is mine unless it came from theirs.
  result.tookTheirs = !isDeepStrictEqual(result.list, mine);
  return result;
}
