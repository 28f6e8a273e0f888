import type { Paragraph, Table } from "mdast";
import type { InventoryRow } from "../case/schema";
import { inlineSegments, type Segment } from "./blocks";
import { parseFacets } from "./facets";
import { slugify } from "../slug";
import { collapseSpace } from "./text";

type Cell = { text: string; bold: boolean };
export type RawRow = { cells: Cell[]; line: number; rawText: string };
/** "other": a column an inventory has not (a website, a contact), whose values stay only in the row's delivered text. */
export type Column = "actor" | "areaOfExpertise" | "targetGroup" | "facets" | "other";

const DEFAULT_COLUMNS: Column[] = ["actor", "areaOfExpertise", "targetGroup", "facets"];
const RESOURCE_MARK = /\s*\((?:resources?)\)\s*$/i;

function toCells(segments: Segment[]): Cell[][] {
  const lines: Cell[][] = [[{ text: "", bold: false }]];
  for (const segment of segments) {
    const parts = segment.text.split(/(\n|\t)/);
    for (const part of parts) {
      const line = lines[lines.length - 1]!;
      if (part === "\n") lines.push([{ text: "", bold: false }]);
      else if (part === "\t") line.push({ text: "", bold: false });
      else if (part) {
        const cell = line[line.length - 1]!;
        cell.text += part;
        if (segment.bold && part.trim()) cell.bold = true;
      }
    }
  }
  return lines;
}

/** Rows of a tab-separated table as PDF converters write it: one paragraph, tabs between cells. */
export function rowsOfParagraph(paragraph: Paragraph, sourceLines: string[]): RawRow[] {
  const first = paragraph.position?.start.line ?? 1;
  return toCells(inlineSegments(paragraph.children)).map((cells, i) => ({
    cells: cells.map((c) => ({ text: collapseSpace(c.text), bold: c.bold })),
    line: first + i,
    rawText: sourceLines[first + i - 1] ?? "",
  }));
}

export function rowsOfTable(table: Table, sourceLines: string[]): RawRow[] {
  return table.children.map((row) => {
    const line = row.position?.start.line ?? 1;
    const cells = row.children.map((cell) => {
      const segments = inlineSegments(cell.children);
      return { text: collapseSpace(segments.map((s) => s.text).join("")), bold: segments.some((s) => s.bold && s.text.trim()) };
    });
    return { cells, line, rawText: sourceLines[line - 1] ?? "" };
  });
}

/** The column order a header row announces, or null when the row is not a header. */
export function headerColumns(row: RawRow): Column[] | null {
  const names = row.cells.map((c) => c.text.toLowerCase());
  if (!names.some((n) => n.startsWith("actor")) || !names.some((n) => n.includes("expertise") || n.includes("opsi"))) return null;
  return names.map((n): Column => {
    if (n.startsWith("actor")) return "actor";
    if (n.includes("expertise")) return "areaOfExpertise";
    if (n.includes("target")) return "targetGroup";
    if (/opsi|innovation|facet|character|orientation/.test(n)) return "facets";
    return "other";
  });
}

/**
 * A header row in the partner's language ("Acteurs | Domaine d'expertise | … | Caractère d'innovation (OPSI)"): no
 * column named as expected, but one names OPSI, an acronym no translation changes, and no cell is a facet (an actor
 * called OPSI still has one).
 */
export function isTranslatedHeader(row: RawRow): boolean {
  return row.cells.some((c) => /\bopsi\b/i.test(c.text)) && row.cells.every((c) => parseFacets(c.text).facets.length === 0);
}

export function toInventoryRow(row: RawRow, columns: Column[] = DEFAULT_COLUMNS): InventoryRow | null {
  const value = (column: Column) => row.cells[columns.indexOf(column)];
  const actorCell = value("actor");
  if (!actorCell?.text || row.cells.filter((c) => c.text).length < 2) return null;
  const isMarkedResource = RESOURCE_MARK.test(actorCell.text);
  const name = actorCell.text.replace(RESOURCE_MARK, "").trim();
  const { facets, note } = parseFacets(value("facets")?.text ?? "");
  return {
    actor: { slug: slugify(name), name },
    areaOfExpertise: value("areaOfExpertise")?.text ?? "",
    targetGroup: value("targetGroup")?.text ?? "",
    facets,
    innovationNote: note,
    isResource: actorCell.bold || isMarkedResource,
    rawText: row.rawText.trim(),
  };
}
