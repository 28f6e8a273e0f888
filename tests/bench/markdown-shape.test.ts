import { describe, expect, it } from "vitest";
import { renderShapeTable, timeShapes } from "@/bench/markdown-shape";

// A smoke run of `npm run bench:markdown`, at a twentieth of its sizes, so that the benchmark keeps working.
describe("npm run bench:markdown", () => {
  it("times the parser on every shape at four sizes, and says which a case could not hold", () => {
    const rows = timeShapes({ scale: 0.05, runs: 1 });
    expect(rows).toHaveLength(40);
    for (const row of rows) expect(row.ms).toBeGreaterThan(0);
    expect(rows.filter((r) => r.refused).map((r) => [r.shape, r.marks])).toEqual([["emphasis, flat", 1_000], ["closing brackets, in one paragraph", 1_000]]);
    expect(timeShapes({ scale: 0.25, runs: 1 }).filter((r) => r.refused).map((r) => [r.shape, r.markers, r.marks])).toEqual([
      ["one-item lists between paragraphs", 1_250, 0], ["quotes between paragraphs", 1_250, 0], ["lists nested two deep", 1_250, 0],
      ["emphasis, flat", 0, 1_000], ["emphasis, flat", 0, 2_000], ["emphasis, flat", 0, 5_000],
      ["emphasis nested, in one paragraph", 0, 1_000], ["emphasis nested, in one paragraph", 0, 2_500],
      ["links nested, in one paragraph", 0, 1_000], ["links nested, in one paragraph", 0, 2_500],
      ["strikethrough nested, in one paragraph", 0, 1_000], ["strikethrough nested, in one paragraph", 0, 2_500],
      ["closing brackets, in one paragraph", 0, 1_000], ["closing brackets, in one paragraph", 0, 2_000], ["closing brackets, in one paragraph", 0, 5_000],
    ]);
    expect(renderShapeTable(rows).split("\n")).toHaveLength(42);
  });
});
