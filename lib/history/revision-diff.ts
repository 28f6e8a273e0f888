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

/**
 * Lines compared as a list (paragraphs, list items): a removed line followed by an added one is read as
 * that line changed, so that only its changed words are marked; runs of unchanged lines are counted.
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
      const paired = Math.min(change.value.length, added.length);
      for (let k = 0; k < paired; k++) out.push({ kind: "changed", words: diffLine(change.value[k]!, added[k]!) });
      for (const line of change.value.slice(paired)) out.push({ kind: "removed", words: [{ text: line, change: "removed" }] });
      for (const line of added.slice(paired)) out.push({ kind: "added", words: [{ text: line, change: "added" }] });
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
