import type { List, Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { continuesLeadIn } from "../case/findings";
import type { Finding } from "../case/schema";
import { sourceOf } from "./blocks";
import { collapseSpace } from "./text";

const NUMBERED = /^(\d+)\s*[.)]\s*(.+)$/s;

export function cleanTitle(title: string): string {
  return collapseSpace(title).replace(/\s*[:.]$/, "");
}

/** "1. Need for adaptability." (a heading or a bold line) as a finding without body yet. */
export function findingOfHeading(text: string): Finding | null {
  const m = NUMBERED.exec(text.trim());
  return m ? { number: Number(m[1]), title: cleanTitle(m[2]!), body: "" } : null;
}

/**
 * "**1. Importance of Collaboration:** Effective coordination..." as a finding. A bold lead-in that the sentence
 * goes on from ("**4. Link the pilot to European networks** such as...") is the title, and the whole sentence,
 * lead-in included, the body: a body never starts in the middle of a sentence.
 */
export function findingOfParagraph(paragraph: Paragraph, markdown: string, nextLetter?: number): Finding | null {
  const letter = lettering(paragraph);
  if (letter !== null && letter !== nextLetter) return null;
  const first = paragraph.children[letter === null ? 0 : 1];
  if (first?.type !== "strong") return null;
  const lead = toString(first).trim();
  const m = letter === null ? NUMBERED.exec(lead) : null;
  if (letter === null && !m) return null;
  const [number, leadIn] = m ? [Number(m[1]), m[2]!] : [letter!, lead];
  const end = paragraph.position?.end.offset ?? 0;
  const afterTitle = markdown.slice(first.position?.end.offset ?? end, end);
  const title = cleanTitle(leadIn);
  if (continuesLeadIn(leadIn, afterTitle)) return { number, title, body: title + afterTitle.replace(/^\s+/, " ").trimEnd() };
  return { number, title, body: afterTitle.trim().replace(/^[,;:.–-]\s*/, "") };
}

/** Which list of a part a finding is in. */
export type FindingKind = "conclusions" | "recommendations";

const NAMED = /^(conclusion|recommendation)\s+(\d+)\s*[–—:.-]\s*(.+)$/is;

/**
 * "**Conclusion 2 – Huge technological potential.** Artificial intelligence…": a finding that says which kind it is,
 * as a document that gives each conclusion beside its recommendation does.
 */
export function namedFinding(paragraph: Paragraph, markdown: string): { kind: FindingKind; finding: Finding } | null {
  const first = paragraph.children[0];
  const m = first?.type === "strong" ? NAMED.exec(toString(first).trim()) : null;
  if (!m) return null;
  const numbered = { ...paragraph, children: [{ ...first!, children: [{ type: "text" as const, value: `${m[2]}. ${m[3]}` }] }, ...paragraph.children.slice(1)] } as Paragraph;
  const finding = findingOfParagraph(numbered, markdown);
  return finding && { kind: m[1]!.toLowerCase() === "conclusion" ? "conclusions" : "recommendations", finding };
}

/** "b. **Pooling resources** ..." numbers its finding by its letter (2): Markdown reads no list in letters. */
function lettering(paragraph: Paragraph): number | null {
  const [first, second] = paragraph.children;
  const m = first?.type === "text" && second?.type === "strong" ? /^\s*([a-z])[.)]\s+$/.exec(first.value) : null;
  return m ? m[1]!.charCodeAt(0) - 96 : null;
}

/** An ordered list of findings: "1. Title: body" items, or "1) Title." with its body on the next lines. */
export function findingsOfList(list: List, markdown: string): Finding[] {
  return list.children.map((item, i) => {
    const number = (list.start ?? 1) + i;
    const first = item.children[0];
    const parsed = first?.type === "paragraph" ? findingOfParagraph(withNumber(first, number), markdown) : null;
    if (parsed) return parsed;
    const text = item.children.map((c) => sourceOf(markdown, c).trim()).join("\n\n");
    const colon = text.indexOf(":");
    const strongTitle = /^\*\*(.+?)\*\*\s*(.*)$/s.exec(text);
    if (strongTitle) return { number, title: cleanTitle(strongTitle[1]!), body: strongTitle[2]!.trim() };
    // A title line of its own, ended as a sentence is ("Need for adaptability."), then the body; not a line that a colon
    // splits into a title and a sentence ("Interdisciplinary training: AI knowledge … is needed.", wrapped after it).
    const titleLine = /^([^\n]{1,150}[.!?])\n(.+)$/s.exec(text);
    const afterColon = titleLine?.[1]!.split(":")[1] ?? "";
    if (titleLine && afterColon.length < 40) return { number, title: cleanTitle(titleLine[1]!), body: titleLine[2]!.trim() };
    if (colon > 0 && colon < 120) return { number, title: cleanTitle(text.slice(0, colon)), body: text.slice(colon + 1).trim() };
    return { number, title: cleanTitle(text), body: "" };
  });
}

// A list item's bold title has no number of its own: the list gives it.
function withNumber(paragraph: Paragraph, number: number): Paragraph {
  const first = paragraph.children[0];
  if (first?.type !== "strong" || NUMBERED.test(toString(first))) return paragraph;
  return { ...paragraph, children: [{ ...first, children: [{ type: "text", value: `${number}. ` }, ...first.children] }, ...paragraph.children.slice(1)] };
}
