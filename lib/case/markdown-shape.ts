/**
 * How much nesting Markdown may hold. The parser (micromark) takes time that grows with the square of the lists and
 * quotes in a text: 5,000 one-line lists or quotes between paragraphs (50 kB) took 9 s on one core, 10,000 (100 kB)
 * 30-37 s, and 15,000 nested quotes overflowed its stack; plain paragraphs, headings and tables grow in step with
 * the text. So it does with the emphasis marks and link brackets of a paragraph when they nest: 4,000 `*a ` then
 * 4,000 `a*` (24 kB) took 7.9 s, 2,000 nested links 0.4 s, 20,000 `~a ` then 20,000 `a~` 225 s, and 8,000 `*`
 * around a word overflowed the page's stack (bench/RESULTS.md); 50,000 `a]` took 52 s. An import, a save or the page
 * showing such text would hold the server, so it is refused before it is parsed or stored. No case comes near: the
 * delivered one has 24 list items in all, none nested, and 134 marks and brackets, at most 4 in a paragraph.
 */
export const MARKDOWN_LIMITS = {
  /** Lists and quotes opened on one line (`> - 1.`): nested this deep. */
  depth: 16,
  /** Columns before a line's text (a tab counts 4): a list nested 16 deep needs about 50. */
  indent: 80,
  /** List items and quote markers in one field (0.1-0.4 s to parse at the worst: bench/RESULTS.md). */
  field: 500,
  /** The same in a whole case, all its fields together, or in a document read by the importer (0.3-0.6 s at the worst). */
  case: 1_000,
  /** Emphasis and strikethrough marks (`*`, `_`, `~`) and link brackets (`[`, `]`) in one paragraph, and so in one field: parsed and shown in 0.13 s at the worst. */
  inlineField: 500,
  /** The same in a whole case, or in a document read by the importer (0.5 s at the worst). */
  inlineCase: 2_000,
} as const;

export type MarkdownScope = "field" | "case";

/** The markers that open a line: quotes and list items, with the spaces between them. */
const LINE_START = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const MARKER = />|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

function markersOf(line: string): { start: string; depth: number } {
  const start = LINE_START.exec(line)![0];
  return { start, depth: start.match(MARKER)?.length ?? 0 };
}

/** The list items and quote markers of a text. */
export function markdownMarkerCount(text: string): number {
  return text.split("\n").reduce((n, line) => n + markersOf(line).depth, 0);
}

/**
 * Emphasis and strikethrough marks and link brackets: the parser matches each closing one against those still open
 * in its paragraph, and looks back over the paragraph for each `]`.
 */
const INLINE_MARK = /[*_~[\]]/g;
/** A blank line, as Markdown reads one (a no-break space is not blank: it continues the paragraph). */
const BLANK = /^[ \t]*$/;

/** The emphasis marks and link brackets of a line, list and quote markers aside. */
function inlineMarksOf(line: string, start: string): number {
  return line.slice(start.length).match(INLINE_MARK)?.length ?? 0;
}

/** The emphasis marks and link brackets of a text. */
export function markdownInlineMarkCount(text: string): number {
  return text.split("\n").reduce((n, line) => n + inlineMarksOf(line, markersOf(line).start), 0);
}

/** Why a text holds Markdown nested deeper, or more of it, than a field (or a whole case) may; undefined when it does not. */
export function markdownShapeProblem(text: string, scope: MarkdownScope): string | undefined {
  const most = { markers: MARKDOWN_LIMITS[scope], inline: scope === "field" ? MARKDOWN_LIMITS.inlineField : MARKDOWN_LIMITS.inlineCase };
  let markers = 0;
  let inline = 0;
  let inParagraph = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { start, depth } = markersOf(line);
    if (depth > MARKDOWN_LIMITS.depth || start.replaceAll("\t", "    ").length > MARKDOWN_LIMITS.indent) {
      return `Line ${i + 1} nests lists or quotes more than ${MARKDOWN_LIMITS.depth} deep (or indents them more than ${MARKDOWN_LIMITS.indent} columns)`;
    }
    markers += depth;
    if (markers > most.markers) return `It holds more than ${most.markers.toLocaleString("en")} list items and quotes (line ${i + 1})`;
    const marks = inlineMarksOf(line, start);
    inParagraph = BLANK.test(line) ? 0 : inParagraph + marks;
    inline += marks;
    if (inParagraph > MARKDOWN_LIMITS.inlineField) return `The paragraph at line ${i + 1} holds more than ${MARKDOWN_LIMITS.inlineField.toLocaleString("en")} emphasis marks (*, _, ~) and link brackets`;
    if (inline > most.inline) return `It holds more than ${most.inline.toLocaleString("en")} emphasis marks (*, _, ~) and link brackets (line ${i + 1})`;
  }
  return undefined;
}
