import { toString } from "mdast-util-to-string";
import { parseMarkdown } from "./importer/blocks";

/**
 * Markdown's text as its page shows it, for a description (search results, link previews): read by the Markdown
 * parser, so "C#" and "snake_case" keep their marks and a link's address with brackets goes whole. Raw HTML,
 * which pages do not show, is left out; blocks are joined by a space.
 */
function plainText(markdown: string): string {
  return parseMarkdown(markdown).children.map((block) => toString(block, { includeHtml: false })).join(" ").replace(/\s+/g, " ").trim();
}

/** The first sentence of some Markdown as plain text, at most `maxLength` characters. */
export function firstSentence(markdown: string, maxLength = 200): string {
  const plain = plainText(markdown);
  const sentence = plain.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? plain;
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 3).trimEnd()}…` : sentence;
}
