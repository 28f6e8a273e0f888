import type { Root, RootContent, PhrasingContent, Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** A top-level piece of the document, as the Markdown parser saw it. */
export type Block = {
  node: RootContent;
  /** Plain text, without Markdown. */
  text: string;
  /** The Markdown source as written. */
  source: string;
  line: number;
  /** A heading, or a short line that is bold and nothing else (how PDFs turned into Markdown write headings). */
  heading: { depth: number; text: string } | null;
};

// Front matter (a downloaded case's source and licence: lib/case/markdown-file.ts) is about the file, not the case.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

export function sourceOf(markdown: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  const { start, end } = node.position ?? { start: {}, end: {} };
  return markdown.slice(start.offset ?? 0, end.offset ?? 0);
}

function isBoldLine(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  if (meaningful.length !== 1 || meaningful[0]?.type !== "strong") return false;
  const text = toString(paragraph).trim();
  return text.length > 0 && text.length <= 90 && !text.includes("\n") && !/[.!?]$/.test(text);
}

function headingOf(node: RootContent): Block["heading"] {
  if (node.type === "heading") return { depth: node.depth, text: toString(node).trim() };
  if (node.type === "paragraph" && isBoldLine(node)) return { depth: 0, text: toString(node).trim() };
  return null;
}

function isBlank(node: RootContent): boolean {
  return (node.type === "paragraph" || node.type === "html") && toString(node).replace(/[\s\u00a0]/g, "") === "";
}

export function toBlocks(markdown: string): Block[] {
  return parseMarkdown(markdown)
    .children.filter((node) => !isBlank(node))
    .map((node) => ({
      node,
      text: toString(node).trim(),
      source: sourceOf(markdown, node).trim(),
      line: node.position?.start.line ?? 0,
      heading: headingOf(node),
    }));
}

/** A bullet Markdown does not know, as word processors write them: "•", "▪", an en or em dash. */
const OTHER_BULLET = /^[•·▪◦–—]\s*/;
/** A line that starts with one (a dash before a space: "–Word" is no bullet). */
const BULLETED_LINE = /^\s*(?:[•·▪◦]|[–—](?=\s))/;
/** The same at the line's start, where a list's marker stands: indented, it goes on the item's text ("  – it rarely lasts"). */
const BULLET_AT_MARGIN = /^(?:[•·▪◦]|[–—](?=\s))/;

/**
 * An item's lines that start with another bullet, at the margin, are items of their own: CommonMark reads "- One"
 * then "– Two" as one item of two lines.
 */
function splitAtOtherBullets(item: string): string[] {
  const items: string[] = [];
  for (const line of item.split("\n")) {
    if (BULLET_AT_MARGIN.test(line) || !items.length) items.push(line.trim().replace(OTHER_BULLET, ""));
    else items[items.length - 1] += `\n${line}`;
  }
  return items;
}

/** Items of a list, or of a paragraph whose lines start with a bullet Markdown does not know ("•", "–"). */
export function listItems(block: Block, markdown: string): string[] | null {
  const { node } = block;
  if (node.type === "list") {
    return node.children.flatMap((item) => splitAtOtherBullets(item.children.map((child) => sourceOf(markdown, child).trim()).join("\n\n")));
  }
  if (node.type === "paragraph") {
    const lines = block.source.split("\n").map((l) => l.trim()).filter(Boolean);
    if (lines.length > 0 && lines.every((l) => BULLETED_LINE.test(l))) return lines.map((l) => l.replace(OTHER_BULLET, ""));
  }
  return null;
}

/** A run of inline text with whether it was bold (Markdown ** or HTML <b>/<strong>). */
export type Segment = { text: string; bold: boolean };

export function inlineSegments(children: PhrasingContent[]): Segment[] {
  const segments: Segment[] = [];
  let htmlBold = 0;
  const walk = (nodes: PhrasingContent[], bold: boolean) => {
    for (const node of nodes) {
      if (node.type === "html") {
        if (/^<(b|strong)(\s[^>]*)?>$/i.test(node.value)) htmlBold++;
        else if (/^<\/(b|strong)>$/i.test(node.value)) htmlBold = Math.max(0, htmlBold - 1);
        // A converter's line break in a table cell, where Markdown has none: "Adaptive<br>High level" is two words. A
        // space, not a new line, which would end a tab-separated row.
        else if (/^<br\s*\/?>$/i.test(node.value)) segments.push({ text: " ", bold: false });
      } else if (node.type === "text" || node.type === "inlineCode") {
        segments.push({ text: node.value, bold: bold || htmlBold > 0 });
      } else if (node.type === "break") {
        segments.push({ text: "\n", bold: false });
      } else if ("children" in node) {
        walk(node.children as PhrasingContent[], bold || node.type === "strong");
      }
    }
  };
  walk(children, false);
  return segments;
}
