/**
 * How much nesting Markdown may hold. The parser (micromark) takes time that grows with the square of the lists and
 * quotes in a text: 5,000 one-line lists or quotes between paragraphs (50 kB) took 9 s on one core, 10,000 (100 kB)
 * 30-37 s, and 15,000 nested quotes overflowed its stack; plain paragraphs, headings and tables grow in step with
 * the text. An import, a save or the page showing such text would hold the server, so it is refused before it is
 * parsed or stored. No case comes near: the delivered one has 24 list items in all, none nested.
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
} as const;

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

/** Why a text holds Markdown nested deeper, or more of it, than a case may (`most` markers in all); undefined when it does not. */
export function markdownShapeProblem(text: string, most: number): string | undefined {
  let markers = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const { start, depth } = markersOf(lines[i]!);
    if (depth > MARKDOWN_LIMITS.depth || start.replaceAll("\t", "    ").length > MARKDOWN_LIMITS.indent) {
      return `Line ${i + 1} nests lists or quotes more than ${MARKDOWN_LIMITS.depth} deep (or indents them more than ${MARKDOWN_LIMITS.indent} columns)`;
    }
    markers += depth;
    if (markers > most) return `It holds more than ${most.toLocaleString("en")} list items and quotes (line ${i + 1})`;
  }
  return undefined;
}
