import { describe, expect, it } from "vitest";
import { renderShapeTable, timeShapes } from "@/bench/markdown-shape";

// A smoke run of `npm run bench:markdown`, at a twentieth of its sizes, so that the benchmark keeps working.
describe("npm run bench:markdown", () => {
  it("times the parser on every shape at four sizes, and says which a case could not hold", () => {
    const rows = timeShapes({ scale: 0.05, runs: 1 });
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(row.ms).toBeGreaterThan(0);
    expect(rows.filter((r) => r.refused)).toEqual([]);
    expect(timeShapes({ scale: 0.25, runs: 1 }).filter((r) => r.refused).map((r) => r.markers)).toEqual([1_250, 1_250, 1_250]);
    expect(renderShapeTable(rows).split("\n")).toHaveLength(22);
  });
});
