import { diffArrays, diffWords } from "diff";
import { revisionSections, type RevisionContent } from "./revision-sections";

/** A run of words, added or removed when `change` says so. */
export type WordRun = { text: string; change?: "added" | "removed" };
export type LineDiff =
  | { kind: "unchanged"; count: number }
  | { kind: "added" | "removed" | "changed"; words: WordRun[] };
export type SectionDiff = { heading: string; isChanged: boolean; lines: LineDiff[] };
/** What a reader sees: a changed section in full, or a run of unchanged sections as one line. */
export type DiffBlock = { kind: "changed"; section: SectionDiff } | { kind: "unchanged"; headings: string[] };

/** The words of one line that changed between two revisions. */
export function diffLine(before: string, after: string): WordRun[] {
  return diffWords(before, after).map((c) => ({ text: c.value, ...(c.added ? { change: "added" } : c.removed ? { change: "removed" } : {}) }));
}

/** A line's words, each with how often it comes, and their length in all. */
function wordsOf(line: string): { counts: Map<string, number>; length: number } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const [word] of line.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    length += word.length;
  }
  return { counts, length };
}

type Words = ReturnType<typeof wordsOf>;

/** How alike two lines are: the share of their words' letters in words both have (Dice), in one pass over the words. */
function likeness(before: Words, after: Words): number {
  const [fewer, more] = before.counts.size <= after.counts.size ? [before.counts, after.counts] : [after.counts, before.counts];
  let common = 0;
  for (const [word, n] of fewer) common += Math.min(n, more.get(word) ?? 0) * word.length;
  return (2 * common) / (before.length + after.length || 1);
}

/** Alike enough to be one line changed, not one removed and another added ("Bob Berg" and "Bob Berg, Lund University"). */
const ALIKE = 0.4;
/** Beyond this many pairs to weigh, lines are paired in order: a run of changes that long is a rewrite. */
const MOST_PAIRS_WEIGHED = 2_500;

/**
 * Which removed line became which added one, in order: the pairs of alike lines whose likeness adds up
 * most (a removed line between two changed ones is not taken for the next one changed). One line for
 * one is that line changed, however much.
 */
function pairLines(removed: string[], added: string[]): Array<[number | null, number | null]> {
  if (removed.length * added.length > MOST_PAIRS_WEIGHED || (removed.length === 1 && added.length === 1)) {
    return Array.from({ length: Math.max(removed.length, added.length) }, (_, k) => [k < removed.length ? k : null, k < added.length ? k : null]);
  }
  const best = Array.from({ length: removed.length + 1 }, () => new Array<number>(added.length + 1).fill(0));
  const addedWords = added.map(wordsOf);
  const alike = removed.map((r) => wordsOf(r)).map((r) => addedWords.map((a) => likeness(r, a)));
  for (let i = 1; i <= removed.length; i++) {
    for (let j = 1; j <= added.length; j++) {
      const pair = alike[i - 1]![j - 1]! >= ALIKE ? best[i - 1]![j - 1]! + alike[i - 1]![j - 1]! : -1;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, pair);
    }
  }
  const pairs: Array<[number | null, number | null]> = [];
  let [i, j] = [removed.length, added.length];
  while (i > 0 || j > 0) {
    const paired = i > 0 && j > 0 && alike[i - 1]![j - 1]! >= ALIKE && best[i]![j] === best[i - 1]![j - 1]! + alike[i - 1]![j - 1]!;
    if (paired) pairs.push([--i, --j]);
    else if (j > 0 && (i === 0 || best[i]![j] === best[i]![j - 1])) pairs.push([null, --j]);
    else pairs.push([--i, null]);
  }
  return pairs.reverse();
}

/**
 * Lines compared as a list (paragraphs, list items): in a run of removed and added lines, a removed line
 * alike to an added one is read as that line changed, so that only its changed words are marked; runs of
 * unchanged lines are counted.
 */
export function diffLines(before: string[], after: string[]): LineDiff[] {
  const out: LineDiff[] = [];
  const changes = diffArrays(before, after);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      out.push({ kind: "unchanged", count: change.value.length });
    } else if (change.removed && changes[i + 1]?.added) {
      const added = changes[++i]!.value;
      for (const [r, a] of pairLines(change.value, added)) {
        if (r !== null && a !== null) out.push({ kind: "changed", words: diffLine(change.value[r]!, added[a]!) });
        else if (r !== null) out.push({ kind: "removed", words: [{ text: change.value[r]!, change: "removed" }] });
        else out.push({ kind: "added", words: [{ text: added[a!]!, change: "added" }] });
      }
    } else {
      const kind = change.added ? "added" : "removed";
      for (const line of change.value) out.push({ kind, words: [{ text: line, change: kind }] });
    }
  }
  return out;
}

/** Two revisions of a case, section by section. */
export function diffRevisions(from: RevisionContent, to: RevisionContent): SectionDiff[] {
  const after = revisionSections(to);
  return revisionSections(from).flatMap((section, i) => {
    const lines = diffLines(section.lines, after[i]!.lines);
    // A part neither revision has is not a section of this case.
    if (!lines.length) return [];
    return [{ heading: section.heading, isChanged: lines.some((l) => l.kind !== "unchanged"), lines }];
  });
}

/** Changed sections as they are; each run of unchanged ones folded into one block. */
export function foldUnchanged(sections: SectionDiff[]): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  for (const section of sections) {
    const last = blocks.at(-1);
    if (section.isChanged) blocks.push({ kind: "changed", section });
    else if (last?.kind === "unchanged") last.headings.push(section.heading);
    else blocks.push({ kind: "unchanged", headings: [section.heading] });
  }
  return blocks;
}
