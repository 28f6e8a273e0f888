import { parseArgs } from "node:util";
import { markdownInlineMarkCount, markdownMarkerCount, markdownShapeProblem } from "@/lib/case/markdown-shape";
import { parseMarkdown } from "@/lib/importer/blocks";

/**
 * How long the Markdown parser (remark with GFM: the importer's, as the pages' react-markdown) takes on text of each
 * shape, up to the limits of lib/case/markdown-shape.ts and past them, so that the limits rest on numbers. One core.
 *   npm run bench:markdown -- [--scale 1] [--runs 3]
 * `--scale` multiplies every size (the smoke test runs 0.05); each row is the median of `--runs` parses.
 */
export type ShapeTiming = { shape: string; markers: number; marks: number; bytes: number; refused: boolean; ms: number };

/** `n` repeats of a block (the nested ones: `n` levels); its markers and marks counted as the limits count them. */
const shapes: Record<string, (n: number) => string> = {
  "paragraphs": (n) => "Some ordinary words of context, as a case holds them.\n\n".repeat(n),
  "headings": (n) => "## A heading\n\nA line under it.\n\n".repeat(n),
  "one-item lists between paragraphs": (n) => "- an item\n\nA paragraph.\n\n".repeat(n),
  "quotes between paragraphs": (n) => "> a quote\n\nA paragraph.\n\n".repeat(n),
  "lists nested two deep": (n) => "- an item\n  - under it\n".repeat(Math.ceil(n / 2)),
  "emphasis, flat": (n) => "Some **bold** words. ".repeat(n),
  "emphasis nested, in one paragraph": (n) => `${"*a ".repeat(n)}${"a*".repeat(n)}`,
  "links nested, in one paragraph": (n) => `${"[".repeat(n)}a${"](x)".repeat(n)}`,
  "strikethrough nested, in one paragraph": (n) => `${"~a ".repeat(n)}${"a~".repeat(n)}`,
  "closing brackets, in one paragraph": (n) => "a]".repeat(n * 4),
};

export function timeShapes({ scale = 1, runs = 3 } = {}): ShapeTiming[] {
  const rows: ShapeTiming[] = [];
  for (const [shape, make] of Object.entries(shapes)) {
    for (const n of [500, 1_000, 2_000, 5_000].map((k) => Math.max(1, Math.round(k * scale)))) {
      const text = make(n);
      const times = Array.from({ length: runs }, () => {
        const started = performance.now();
        parseMarkdown(text);
        return performance.now() - started;
      }).sort((a, b) => a - b);
      rows.push({ shape, markers: markdownMarkerCount(text), marks: markdownInlineMarkCount(text), bytes: text.length, refused: markdownShapeProblem(text, "case") !== undefined, ms: times[Math.floor(runs / 2)]! });
    }
  }
  return rows;
}

export function renderShapeTable(rows: ShapeTiming[]): string {
  const lines = ["| shape | list items and quotes | emphasis marks and link brackets | bytes | refused for a document | parse, ms |", "|---|--:|--:|--:|---|--:|"];
  for (const r of rows) lines.push(`| ${r.shape} | ${r.markers.toLocaleString("en")} | ${r.marks.toLocaleString("en")} | ${r.bytes.toLocaleString("en")} | ${r.refused ? "yes" : "no"} | ${r.ms.toFixed(0)} |`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, runs: { type: "string", default: "3" } } });
  console.log(renderShapeTable(timeShapes({ scale: Number(values.scale), runs: Number(values.runs) })));
}
