import { diff3Merge } from "node-diff3";

/** A text's paragraphs and the blank lines between them, in order: joined, the text as it was. */
const paragraphsOf = (text: string) => text.split(/(\n[ \t]*\n\s*)/);

/**
 * Three-way merge of a text that both sides changed, paragraph by paragraph (Markdown's blank lines): theirs
 * where I left a paragraph, mine where they did. Null when we changed the same paragraph (or one of us split or
 * joined paragraphs where the other changed one): then neither change may be lost in the other.
 */
export function mergeParagraphs(base: string, mine: string, theirs: string): string | null {
  const [b, m, t] = [paragraphsOf(base), paragraphsOf(mine), paragraphsOf(theirs)];
  // A text of one paragraph is one change each: nothing to merge.
  if (b.length < 3) return null;
  const merged: string[] = [];
  for (const region of diff3Merge(m, b, t, { excludeFalseConflicts: true })) {
    if (!region.ok) return null;
    merged.push(...region.ok);
  }
  return merged.join("");
}
