import { isDeepStrictEqual } from "node:util";
import { diff3Merge, diffComm } from "node-diff3";

/** `tookTheirs`: some of their changes are in the merge; `clashed`: some of mine stand where they changed it too. */
export type Merge<T> = { value: T; tookTheirs: boolean; clashed: boolean };
export type ListMerge<T> = { list: T[]; tookTheirs: boolean; clashed: boolean };

/** An entry as a string for the diff: its object keys sorted, so that the order jsonb returns them in does not matter. */
function keyOf(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);

/** Three-way merge of a value as one: theirs where I left it, mine otherwise (a clash when they changed it too). */
export function mergeWhole<T>(base: T, mine: T, theirs: T): Merge<T> {
  if (isDeepStrictEqual(theirs, base) || isDeepStrictEqual(mine, theirs)) return { value: mine, tookTheirs: false, clashed: false };
  if (isDeepStrictEqual(mine, base)) return { value: theirs, tookTheirs: true, clashed: false };
  return { value: mine, tookTheirs: false, clashed: true };
}

/**
 * Three-way merge of one value: theirs where I left it, mine where they left it; where both changed it, a
 * list is merged entry by entry and an object field by field, and anything else keeps mine (a clash).
 */
export function mergeValues<T>(base: T, mine: T, theirs: T): Merge<T> {
  const whole = mergeWhole(base, mine, theirs);
  if (!whole.clashed) return whole;
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    const { list, ...merged } = mergeLists(base, mine, theirs);
    return { value: list as T, ...merged };
  }
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) return mergeRecords(base, mine, theirs) as Merge<T>;
  return whole;
}

function mergeRecords(base: Record<string, unknown>, mine: Record<string, unknown>, theirs: Record<string, unknown>): Merge<Record<string, unknown>> {
  const result: Merge<Record<string, unknown>> = { value: { ...mine }, tookTheirs: false, clashed: false };
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const field = mergeValues(base[key], mine[key], theirs[key]);
    if (field.value === undefined) delete result.value[key];
    else result.value[key] = field.value;
    result.tookTheirs ||= field.tookTheirs;
    result.clashed ||= field.clashed;
  }
  return result;
}

/** Stretches of as many entries on each side: merged entry by entry, the first with the first and so on. */
function mergeEntries<T>(base: T[], mine: T[], theirs: T[]): Merge<T[]> {
  const result: Merge<T[]> = { value: [], tookTheirs: false, clashed: false };
  base.forEach((entry, i) => {
    const merged = mergeValues(entry, mine[i]!, theirs[i]!);
    result.value.push(merged.value);
    result.tookTheirs ||= merged.tookTheirs;
    result.clashed ||= merged.clashed;
  });
  return result;
}

/** A stretch of the list as base (o), mine (a) and theirs (b). */
type Stretch<T> = { o: T[]; a: T[]; b: T[] };

/**
 * A stretch both changed, where one side changed entries only in place (as many as the base has): the
 * other side's insertions and removals are walked (diffComm against the base), with the in-place side's
 * entries where the other side kept the base's.
 */
function mergeAroundInPlace<T>({ o, a, b }: Stretch<T>, mineInPlace: boolean): Merge<T[]> {
  const [inPlace, other] = mineInPlace ? [a, b] : [b, a];
  const result: Merge<T[]> = { value: [], tookTheirs: false, clashed: false };
  let [i, j] = [0, 0];
  for (const chunk of diffComm(o.map(keyOf), other.map(keyOf))) {
    const [removed, added] = chunk.common ? [chunk.common.length, chunk.common.length] : [chunk.buffer1.length, chunk.buffer2.length];
    const [base, changed, otherPart] = [o.slice(i, i + removed), inPlace.slice(i, i + removed), other.slice(j, j + added)];
    if (chunk.common) result.value.push(...changed);
    else if (isDeepStrictEqual(base, changed)) result.value.push(...otherPart);
    else {
      const [mine, theirs] = mineInPlace ? [changed, otherPart] : [otherPart, changed];
      const merged = removed === added ? mergeEntries(base, mine, theirs) : { value: mine, clashed: true };
      result.value.push(...merged.value);
      result.clashed ||= merged.clashed;
    }
    [i, j] = [i + removed, j + added];
  }
  return result;
}

/** A stretch of the list both of us changed. */
function mergeStretch<T>(stretch: Stretch<T>): Merge<T[]> {
  const { o, a, b } = stretch;
  if (o.length === 0) return { value: [...a, ...structuredClone(b)], tookTheirs: true, clashed: false };
  if (a.length === o.length && b.length === o.length) return mergeEntries(o, a, b);
  if (a.length === o.length) return mergeAroundInPlace(stretch, true);
  if (b.length === o.length) return mergeAroundInPlace(stretch, false);
  return { value: a, tookTheirs: false, clashed: true };
}

/**
 * Three-way merge of a list, entry by entry (diff3): entries they added, removed or changed are taken
 * where I left that stretch of the list alone. Where we both changed a stretch: entries both added at one
 * place are all kept; entries changed in place by one side are merged with the other side's insertions and
 * removals; entries changed by both are merged field by field. Only what cannot be told apart keeps mine.
 */
export function mergeLists<T>(base: T[], mine: T[], theirs: T[]): ListMerge<T> {
  const entries = new Map<string, T>();
  const keys = (list: T[]) => list.map((entry) => {
    const key = keyOf(entry);
    if (!entries.has(key)) entries.set(key, entry);
    return key;
  });
  const [mineKeys, baseKeys, theirKeys] = [keys(mine), keys(base), keys(theirs)];
  const entriesOf = (list: string[]) => list.map((key) => structuredClone(entries.get(key)!));
  const result: ListMerge<T> = { list: [], tookTheirs: false, clashed: false };
  for (const region of diff3Merge(mineKeys, baseKeys, theirKeys, { excludeFalseConflicts: true })) {
    if (region.ok) {
      result.list.push(...entriesOf(region.ok));
      continue;
    }
    const { a, o, b } = region.conflict!;
    const merged = mergeStretch({ o: entriesOf(o), a: entriesOf(a), b: entriesOf(b) });
    result.list.push(...merged.value);
    result.clashed ||= merged.clashed;
  }
  // Every stretch is mine unless it came from theirs.
  result.tookTheirs = !isDeepStrictEqual(result.list, mine);
  return result;
}
