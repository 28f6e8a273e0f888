import { describe, expect, it } from "vitest";
import { getCaseSections } from "@/components/case-sections";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

describe("the sections of a case page", () => {
  it("give an extra section an id that no finding has: a recommendation's address stays its own", () => {
    const c = parseFile(DELIVERED_CASE);
    const sections = getCaseSections({ ...c, extraSections: [{ heading: "Findings: Recommendation 1", body: "Text.", after: "findings" }] });
    const extra = sections.find((s) => s.title === "Findings: Recommendation 1")!;
    expect(extra.id).toBe("findings-recommendation-1-2");
  });
});
