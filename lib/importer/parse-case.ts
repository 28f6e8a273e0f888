import type { PhrasingContent } from "mdast";
import { suggestedCaseSlug } from "../case/case-name";
import { isEditorsNoteQuote } from "../case/editors-note-quote";
import { markdownShapeProblem } from "../case/markdown-shape";
import { caseDocumentSchema, type CaseDocument, type ExtraSection } from "../case/schema";
import { matchActor } from "./actors";
import { toBlocks, type Block } from "./blocks";
import { CaseBuilder, type ImportWarning } from "./case-builder";
import { findCountry } from "./countries";
import { identifyMethod } from "./methods";
import { coordinatorOf } from "./portfolio";
import { classifyHeading, opensPart } from "./sections";
import { slugify } from "../slug";
import { collapseSpace, fromCapitals } from "./text";

export type { ImportWarning };
export type ParseResult =
  | { ok: true; case: CaseDocument; warnings: ImportWarning[] }
  | { ok: false; error: string };

const NOT_A_CASE = "not a City Case Description";

/**
 * UTF-16 text (Windows' "Unicode"): a byte-order mark, or a zero byte beside nearly every character of Latin text.
 * Told apart from a binary file, so that the person is told how to save it.
 */
function isUtf16(input: Uint8Array): boolean {
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) return true;
  const start = input.subarray(0, 512);
  const zerosAt = (parity: number) => start.filter((byte, i) => i % 2 === parity && byte === 0).length;
  const half = start.length / 2;
  return start.length >= 16 && Math.max(zerosAt(0), zerosAt(1)) >= half * 0.9 && Math.min(zerosAt(0), zerosAt(1)) === 0;
}

/** Reads bytes as UTF-8 text, refusing what is not text. */
export function decodeDocument(input: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (isUtf16(input)) return { ok: false, error: `${NOT_A_CASE} in UTF-8: it is UTF-16 text ("Unicode" in some editors); save it as UTF-8 and try again` };
  if (input.includes(0)) return { ok: false, error: `${NOT_A_CASE}: it is a binary file` };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(input) };
  } catch {
    return { ok: false, error: `${NOT_A_CASE}: it is not UTF-8 text` };
  }
}

/** HTML that shows no text (a page break, an anchor), or an image alone: what a PDF converter leaves between the text. */
function convertersMark({ node, source }: Block): string | null {
  const shown = (c: PhrasingContent) => !(c.type === "image" || c.type === "html" || (c.type === "text" && !c.value.trim()));
  if (node.type !== "html" && (node.type !== "paragraph" || node.children.some(shown))) return null;
  if (source.replace(/<[^>]*>|!\[[^\]]*\]\([^)]*\)/g, "").trim()) return null;
  return `"${collapseSpace(source).slice(0, 60)}"`;
}

/** The kind of document as its title ("# City Case Description"): nothing of the case, and no section. */
function isDocumentTitle(text: string): boolean {
  return /^(ekip )?city case description$/i.test(collapseSpace(text).replace(/[*_:.]/g, "").trim());
}

function isTrailerStart(text: string): boolean {
  return /^want to (dig deeper|do it in your city)/i.test(collapseSpace(text));
}

/** A PDF's running header or footer, on a line of its own: "ekip – City Case Description   Page 4 of 12". */
const PAGE_LINE = /^[^\t|]{0,120}?\bpage\s+\d{1,4}\s*(?:of|\/)\s*\d{1,4}\s*$/i;

/** A page's number alone, a paragraph of its own and not indented (in a list item): no part of a case is a bare number. */
const PAGE_NUMBER = /^\d{1,3}\s*$/;
const LIST_ITEM = /^\s*([-*+•–—]|\d+[.)])\s/;

/** The lines that are a page's header, footer or number, emptied (the others keep their numbers, for the warnings). */
function withoutPageLines(markdown: string): { markdown: string; pageLines: Array<{ line: number; text: string; what: string }> } {
  const lines = markdown.split("\n");
  const blank = (i: number) => (lines[i] ?? "").trim() === "";
  // A line of its own: a paragraph alone, or between the rows of a tab-separated table; not a list item's, nor a
  // wrapped line of a paragraph ("… described on page 4 of 12" / "of the report").
  const alone = (i: number) => (blank(i - 1) || lines[i - 1]!.includes("\t")) && (blank(i + 1) || lines[i + 1]!.includes("\t"));
  const pageLines: Array<{ line: number; text: string; what: string }> = [];
  const kept = lines.map((line, i) => {
    const what = !alone(i) || LIST_ITEM.test(line) ? null
      : PAGE_LINE.test(line.trim()) ? "a page's header or footer"
      : PAGE_NUMBER.test(line) && blank(i - 1) && blank(i + 1) ? "a page's number" : null;
    return what ? (pageLines.push({ line: i + 1, text: collapseSpace(line), what }), "") : line;
  });
  return { markdown: kept.join("\n"), pageLines };
}

/** Where a block is, for a warning: "lines 1-12". */
const linesOf = (block: Block) => `lines ${block.line}-${block.node.position?.end.line ?? block.line}`;

function read(delivered: string): CaseBuilder {
  const { markdown, pageLines } = withoutPageLines(delivered);
  const lines = markdown.split("\n");
  const builder = new CaseBuilder(markdown, lines);
  for (const { line, text, what } of pageLines) builder.warn(line, `Left out "${text}": ${what}, not the case's text`);
  for (const block of toBlocks(markdown)) {
    const mark = block.heading ? null : convertersMark(block);
    if (block.node.type === "yaml") {
      builder.warn(block.line, `The front matter (${linesOf(block)}) was skipped: it describes the file (a download's source, version and licence), not the case`);
    } else if (block.node.type === "blockquote" && isEditorsNoteQuote(block.text)) {
      builder.warn(block.line, `The editors' note (${linesOf(block)}) was skipped: it is ekip's word on the case, not the document's, and an import leaves it as it is`);
    } else if (builder.inTrailer || isTrailerStart(block.text)) {
      builder.addTrailer(block);
    } else if (block.heading && isDocumentTitle(block.heading.text)) {
      continue;
    } else if (mark) {
      builder.warn(block.line, `Left out ${mark}: a converter's mark, nothing of the case`);
    } else if (block.heading) {
      const heading = classifyHeading(block.heading.text);
      const name = heading && opensPart(heading, builder.top, builder.part) ? heading.name : null;
      if (name) builder.enterSection(name);
      else if (!builder.placeHeading(block)) builder.startExtra(block, collapseSpace(block.heading.text).replace(/^[-–—•·]\s*/, ""));
    } else {
      builder.addContent(block);
    }
  }
  return builder;
}

const join = (parts: string[]) => parts.map((p) => p.trim()).filter(Boolean).join("\n\n");

const POPULATION = /population of (?:about |around |approximately |roughly |nearly |almost |some |over )?(\d[\d\s,.’']*\d|\d)(?:\s*(million|thousand)\b)?/i;

/** "a population of 171 000" (or 171,000 or 171.000), and "of 1.2 million", "of 12 million", "of 85 thousand". */
function population(cityIntro: string): number | null {
  const m = POPULATION.exec(cityIntro);
  if (!m) return null;
  const [, figure, unit] = m;
  if (!unit) return Number(figure!.replace(/\D/g, ""));
  // With a unit, one separator before one or two digits is a decimal point (1.2 or 1,2 million).
  const decimal = /^(\d+)[.,](\d{1,2})$/.exec(figure!.replace(/[\s’']/g, ""));
  const count = decimal ? Number(`${decimal[1]}.${decimal[2]}`) : Number(figure!.replace(/\D/g, ""));
  return Math.round(count * (unit.toLowerCase() === "million" ? 1_000_000 : 1_000));
}

function assemble(b: CaseBuilder): ParseResult {
  if (!b.cityHeading) return { ok: false, error: `${NOT_A_CASE}: no city line such as "**SAINT-ETIENNE, FRANCE**" was found` };
  const country = findCountry(b.cityHeading.country);
  if (!country) return { ok: false, error: `${NOT_A_CASE}: "${b.cityHeading.country}" in the city line is not a country name (in English or a European language)` };
  if (!b.policyAreaHeading) return { ok: false, error: `${NOT_A_CASE}: no policy area line was found before the city line` };
  const known = [...b.sectionsSeen].filter((s) => s !== "introduction" && s !== "participants");
  if (known.length < 2) return { ok: false, error: `${NOT_A_CASE}: no recognisable sections (context, portfolio, inventory, findings...)` };

  const cityName = fromCapitals(b.cityHeading.city);
  const policyAreaName = fromCapitals(b.policyAreaHeading);
  const focus = b.metadata.focus ?? null;
  const actors = b.inventory.map((row) => row.actor);
  const actorOf = (name: string) => matchActor(name, actors)?.slug ?? null;
  const cityIntro = join(b.cityIntro);
  const draft: CaseDocument = {
    format: "ekip-case/1",
    slug: suggestedCaseSlug(slugify(cityName), slugify(policyAreaName), focus),
    sample: b.metadata["sample content"] !== undefined,
    city: { slug: slugify(cityName), name: cityName, country, population: population(cityIntro), website: b.website },
    policyArea: { slug: slugify(policyAreaName), name: policyAreaName },
    focus,
    title: b.metadata.title ?? null,
    workshopDate: b.metadata["workshop date"] ?? null,
    // ekip's own word, never the city's document: written in the editor (and by the seed, content/editors-notes/).
    editorsNote: "",
    introduction: join(b.introduction),
    policyAreaIntro: join(b.policyAreaIntro),
    cityIntro,
    participants: b.participants.map((name) => ({ name, actor: actorOf(name) })),
    summary: b.summary,
    context: join(b.context),
    selectedFocus: b.selectedFocus,
    ecosystem: join(b.ecosystem),
    portfolio: {
      title: b.portfolioTitle.join(" "),
      scope: join(b.scope),
      coordinator: b.coordinator.length ? coordinatorOf(b.coordinator.join(" ")) : "",
      stakeholders: b.stakeholders.map((s) => ({ ...s, actor: actorOf(s.name) })),
      challenges: b.challenges,
      opportunities: b.opportunities,
    },
    inventory: b.inventory,
    methods: b.methods.map((m) => ({ ...identifyMethod(m.heading), description: join(m.description) })),
    findings: b.findings,
    extraSections: b.extras.map(({ heading, after, parts }): ExtraSection => ({ heading, after, body: join(parts) })),
  };
  const checked = caseDocumentSchema.safeParse(draft);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { ok: false, error: `the case could not be read: ${issue.path.join(".")}: ${issue.message}` };
  }
  return { ok: true, case: checked.data, warnings: b.warnings };
}

/** Parses a City Case Description (Markdown, as delivered) into the structured case. */
export function parseCaseDocument(input: string | Uint8Array): ParseResult {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeDocument(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  // Soft hyphens (U+00AD) are a converter's invisible hints where a word may break: not part of the word.
  const markdown = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u00AD/g, "");
  if (!markdown.trim()) return { ok: false, error: `${NOT_A_CASE}: the file is empty` };
  const shape = markdownShapeProblem(markdown, "case");
  if (shape) return { ok: false, error: `not read: ${shape[0]!.toLowerCase()}${shape.slice(1)}, which no City Case Description needs` };
  return assemble(read(markdown));
}
