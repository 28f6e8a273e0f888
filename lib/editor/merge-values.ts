import { isDeepStrictEqual } from "node:util";
import { diff3Merge, diffComm } from "node-diff3";
import { mergeParagraphs } from "./merge-paragraphs";

/** `clashed`: some of mine stand where they changed it too. */
type Merge<T> = { value: T; clashed: boolean };
/** `tookTheirs`: some of their changes are in the merge, which is so wherever it is not mine. */
export type Merged<T> = Merge<T> & { tookTheirs: boolean };
const told = <T>(merge: Merge<T>, mine: T): Merged<T> => ({ ...merge, tookTheirs: !isDeepStrictEqual(merge.value, mine) });

/** A value as a string for the diff: its object keys sorted, so that the order jsonb returns them in does not matter. */
function keyOf(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);

/**
 * What names an entry of a case's lists: an inventory row's organisation, a finding's title, a group's or
 * section's heading, a participant's, stakeholder's or method's name. (Not a finding's number: moving a
 * finding renumbers the others.)
 */
function identityOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  if (isRecord(value.actor)) return `actor:${keyOf(value.actor)}`;
  const field = ["title", "heading", "name"].find((f) => f in value);
  return field === undefined ? undefined : `${field}:${keyOf(value[field])}`;
}

/**
 * Whether two changes of one entry may be merged field by field: only while both keep what names it, and
 * when it is no link (a participant's name and organisation, a method's slug and name belong together).
 * Otherwise one side's fields could end up on the other side's entry.
 */
function mayMergeFields(base: Record<string, unknown>, mine: Record<string, unknown>, theirs: Record<string, unknown>): boolean {
  if ("slug" in base || ("actor" in base && !isRecord(base.actor))) return false;
  const identity = identityOf(base);
  return identity !== undefined && identityOf(mine) === identity && identityOf(theirs) === identity;
}

/** Three-way merge of a value as one: theirs where I left it, mine otherwise (a clash when they changed it too). */
export const mergeWhole = <T>(base: T, mine: T, theirs: T): Merged<T> => told(whole(base, mine, theirs), mine);

/** Three-way merge of one value (see `merge`). */
export const mergeValues = <T>(base: T, mine: T, theirs: T): Merged<T> => told(merge(base, mine, theirs), mine);

function whole<T>(base: T, mine: T, theirs: T): Merge<T> {
  if (isDeepStrictEqual(theirs, base) || isDeepStrictEqual(mine, theirs)) return { value: mine, clashed: false };
  if (isDeepStrictEqual(mine, base)) return { value: theirs, clashed: false };
  return { value: mine, clashed: true };
}

/**
 * Three-way merge of one value: theirs where I left it, mine where they left it; where both changed it, a
 * list is merged entry by entry, an entry field by field (when that cannot mix two entries up) and a text
 * paragraph by paragraph, and anything else keeps mine (a clash).
 */
function merge<T>(base: T, mine: T, theirs: T): Merge<T> {
  const asOne = whole(base, mine, theirs);
  if (!asOne.clashed) return asOne;
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) return mergeLists(base, mine, theirs) as Merge<T>;
  if (isRecord(base) && isRecord(mine) && isRecord(theirs) && mayMergeFields(base, mine, theirs)) return mergeFields(base, mine, theirs) as Merge<T>;
  if (typeof base === "string" && typeof mine === "string" && typeof theirs === "string") {
    const text = mergeParagraphs(base, mine, theirs);
    if (text !== null) return { value: text as T, clashed: false };
  }
  return asOne;
}

function mergeFields(base: Record<string, unknown>, mine: Record<string, unknown>, theirs: Record<string, unknown>): Merge<Record<string, unknown>> {
  const result: Merge<Record<string, unknown>> = { value: { ...mine }, clashed: false };
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const field = merge(base[key], mine[key], theirs[key]);
    if (field.value === undefined) delete result.value[key];
    else result.value[key] = field.value;
    result.clashed ||= field.clashed;
  }
  return result;
}

/** A stretch of a list as base (o), mine (a) and theirs (b), as diff3 finds it. */
type Stretch<T> = { o: T[]; a: T[]; b: T[] };
const clash = <T>(mine: T[]): Merge<T[]> => ({ value: mine, clashed: true });

/** An entry a side moved: not the base's entry at its place, but (or named as) another of the base's. */
function hasMoved<T>(base: T[], side: T[]): boolean {
  return side.some((entry, i) => !isDeepStrictEqual(entry, base[i]) && base.some((other, j) => j !== i && (keyOf(other) === keyOf(entry) || (identityOf(other) !== undefined && identityOf(other) === identityOf(entry)))));
}

/** Stretches of as many entries on each side, none moved: merged entry by entry, the first with the first and so on. */
function mergeEntries<T>(base: T[], mine: T[], theirs: T[]): Merge<T[]> {
  if (hasMoved(base, mine) || hasMoved(base, theirs)) return clash(mine);
  const result: Merge<T[]> = { value: [], clashed: false };
  base.forEach((entry, i) => {
    const merged = merge(entry, mine[i]!, theirs[i]!);
    result.value.push(merged.value);
    result.clashed ||= merged.clashed;
  });
  return result;
}

/**
 * A stretch both changed, where one side changed entries only in place (as many as the base has): the
 * other side's insertions and removals are walked (diffComm against the base), with the in-place side's
 * entries where the other side kept the base's.
 */
function mergeAroundInPlace<T>({ o, a, b }: Stretch<T>, mineInPlace: boolean): Merge<T[]> {
  const [inPlace, other] = mineInPlace ? [a, b] : [b, a];
  if (hasMoved(o, inPlace)) return clash(a);
  const result: Merge<T[]> = { value: [], clashed: false };
  let [i, j] = [0, 0];
  for (const chunk of diffComm(o.map(keyOf), other.map(keyOf))) {
    const [removed, added] = chunk.common ? [chunk.common.length, chunk.common.length] : [chunk.buffer1.length, chunk.buffer2.length];
    const [base, changed, otherPart] = [o.slice(i, i + removed), inPlace.slice(i, i + removed), other.slice(j, j + added)];
    if (chunk.common) result.value.push(...changed);
    else if (isDeepStrictEqual(base, changed)) result.value.push(...otherPart);
    else {
      const [mine, theirs] = mineInPlace ? [changed, otherPart] : [otherPart, changed];
      const merged = removed === added ? mergeEntries(base, mine, theirs) : clash(mine);
      result.value.push(...merged.value);
      result.clashed ||= merged.clashed;
    }
    [i, j] = [i + removed, j + added];
  }
  return result;
}

/** Entries both added at one place: each once, mine first; a clash when both added (or moved there) the same entry changed differently. */
function mergeInsertions<T>(mine: T[], theirs: T[]): Merge<T[]> {
  const chunks = diffComm(mine.map(keyOf), theirs.map(keyOf));
  const [onlyMine, onlyTheirs] = [new Set<string>(), new Set<string>()];
  for (const chunk of chunks) if (!chunk.common) {
    chunk.buffer1.forEach((key) => onlyMine.add(identityOf(JSON.parse(key)) ?? key));
    chunk.buffer2.forEach((key) => onlyTheirs.add(identityOf(JSON.parse(key)) ?? key));
  }
  if ([...onlyMine].some((identity) => onlyTheirs.has(identity))) return clash(mine);
  const result: Merge<T[]> = { value: [], clashed: false };
  let [i, j] = [0, 0];
  for (const chunk of chunks) {
    if (chunk.common) {
      result.value.push(...mine.slice(i, i + chunk.common.length));
      [i, j] = [i + chunk.common.length, j + chunk.common.length];
    } else {
      result.value.push(...mine.slice(i, i + chunk.buffer1.length), ...theirs.slice(j, j + chunk.buffer2.length));
      [i, j] = [i + chunk.buffer1.length, j + chunk.buffer2.length];
    }
  }
  return result;
}

/** What a side only added to a stretch, keeping every entry of the base as it was: by the base's place it goes before. */
function insertionsOnly<T>(o: T[], side: T[]): Map<number, T[]> | undefined {
  const insertions = new Map<number, T[]>();
  let [i, j] = [0, 0];
  for (const chunk of diffComm(o.map(keyOf), side.map(keyOf))) {
    if (chunk.buffer1?.length) return undefined;
    const length = chunk.common?.length ?? chunk.buffer2!.length;
    if (!chunk.common) insertions.set(i, side.slice(j, j + length));
    else i += length;
    j += length;
  }
  return insertions;
}

/**
 * A stretch both changed, where one side only added entries (a participant added after the one the other
 * side corrected): the other side's stretch as it is, with those entries at their places in it; a clash
 * when a place is inside what the other side changed or removed (there is no telling where it went).
 */
function mergeAroundInsertions<T>({ o, a, b }: Stretch<T>, insertions: Map<number, T[]>, mineInserts: boolean): Merge<T[]> {
  const changed = mineInserts ? b : a;
  // An entry the other side added too, but otherwise (by what names it): there is no telling which is meant.
  const baseKeys = new Set(o.map(keyOf));
  const addedNames = new Set(changed.filter((entry) => !baseKeys.has(keyOf(entry))).map((entry) => identityOf(entry) ?? keyOf(entry)));
  if ([...insertions.values()].flat().some((entry) => addedNames.has(identityOf(entry) ?? keyOf(entry)))) return clash(a);
  const value: T[] = [];
  const placeAt = (place: number) => {
    value.push(...(insertions.get(place) ?? []));
    insertions.delete(place);
  };
  let [i, j] = [0, 0];
  for (const chunk of diffComm(o.map(keyOf), changed.map(keyOf))) {
    if (chunk.common) {
      chunk.common.forEach((_, k) => (placeAt(i + k), value.push(changed[j + k]!)));
      [i, j] = [i + chunk.common.length, j + chunk.common.length];
      continue;
    }
    const [removed, added] = [chunk.buffer1.length, chunk.buffer2.length];
    placeAt(i);
    for (let place = i + 1; place < i + removed; place++) if (insertions.has(place)) return clash(a);
    value.push(...changed.slice(j, j + added));
    [i, j] = [i + removed, j + added];
  }
  placeAt(o.length);
  return { value, clashed: false };
}

/** One side's entries without those the other side added too, the same (as many times): left to the other side, once. */
function withoutAddedBy<T>(o: T[], side: T[], other: T[]): T[] {
  const baseKeys = new Set(o.map(keyOf));
  const addedByOther = new Map<string, number>();
  for (const key of other.map(keyOf)) if (!baseKeys.has(key)) addedByOther.set(key, (addedByOther.get(key) ?? 0) + 1);
  return side.filter((entry) => {
    const left = addedByOther.get(keyOf(entry)) ?? 0;
    if (left) addedByOther.set(keyOf(entry), left - 1);
    return !left;
  });
}

/** A stretch both changed, as diff3 gave it. */
function mergeStretchAsGiven<T>(stretch: Stretch<T>): Merge<T[]> {
  const { o, a, b } = stretch;
  if (o.length === 0) return mergeInsertions(a, b);
  if (a.length === o.length && b.length === o.length) return mergeEntries(o, a, b);
  if (a.length === o.length) return mergeAroundInPlace(stretch, true);
  if (b.length === o.length) return mergeAroundInPlace(stretch, false);
  const mine = insertionsOnly(o, a);
  if (mine) return mergeAroundInsertions(stretch, mine, true);
  const theirs = insertionsOnly(o, b);
  if (theirs) return mergeAroundInsertions(stretch, theirs, false);
  return clash(a);
}

/**
 * A stretch of the list both of us changed. Where that gives a clash or an entry twice, and we both added
 * the same entry there, it is merged again with that entry as one side's alone (an entry both added beside
 * a change read as "their entry changed into it", or was placed twice).
 */
function mergeStretch<T>(stretch: Stretch<T>): Merge<T[]> {
  const { o, a, b } = stretch;
  const isClean = (merge: Merge<T[]>) => !merge.clashed && !hasDuplicates(merge.value, a, b);
  const asGiven = mergeStretchAsGiven(stretch);
  if (isClean(asGiven)) return asGiven;
  const theirsLess = withoutAddedBy(o, b, a);
  if (theirsLess.length === b.length) return asGiven;
  // The entries both added, as mine (at my places), else as theirs (at theirs).
  for (const again of [{ o, a, b: theirsLess }, { o, a: withoutAddedBy(o, a, b), b }].map(mergeStretchAsGiven)) {
    if (isClean(again)) return again;
  }
  return asGiven;
}

/** How many times each entry (by what names it, else by its whole value) is in a list. */
function counts(list: unknown[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const entry of list) {
    const key = identityOf(entry) ?? keyOf(entry);
    result.set(key, (result.get(key) ?? 0) + 1);
  }
  return result;
}

/** An entry more often in the merge than in either list: a move or an edit the diff could not follow. */
function hasDuplicates(merged: unknown[], mine: unknown[], theirs: unknown[]): boolean {
  const [inMine, inTheirs] = [counts(mine), counts(theirs)];
  return [...counts(merged)].some(([key, n]) => n > Math.max(inMine.get(key) ?? 0, inTheirs.get(key) ?? 0));
}

/**
 * Three-way merge of a list, entry by entry (diff3): what they added, removed or changed is taken where
 * I left that stretch of the list alone. Where we both changed a stretch: entries both added at one place
 * are kept (each once); entries one side changed in place are merged with the other side's insertions and
 * removals, and entries both changed field by field; entries one side only added go into the other side's
 * changes of the stretch. A stretch whose entries cannot be told apart (moved,
 * replaced, or added by both) keeps mine, as a clash; so does a list the merge would give an entry twice.
 */
function mergeLists<T>(base: T[], mine: T[], theirs: T[]): Merge<T[]> {
  const entries = new Map<string, T>();
  const keys = (list: T[]) => list.map((entry) => {
    const key = keyOf(entry);
    if (!entries.has(key)) entries.set(key, entry);
    return key;
  });
  const [mineKeys, baseKeys, theirKeys] = [keys(mine), keys(base), keys(theirs)];
  const entriesOf = (list: string[]) => list.map((key) => structuredClone(entries.get(key)!));
  const result: Merge<T[]> = { value: [], clashed: false };
  for (const region of diff3Merge(mineKeys, baseKeys, theirKeys, { excludeFalseConflicts: true })) {
    if (region.ok) {
      result.value.push(...entriesOf(region.ok));
      continue;
    }
    const { a, o, b } = region.conflict!;
    const merged = mergeStretch({ o: entriesOf(o), a: entriesOf(a), b: entriesOf(b) });
    result.value.push(...merged.value);
    result.clashed ||= merged.clashed;
  }
  return hasDuplicates(result.value, mine, theirs) ? clash(mine) : result;
}
