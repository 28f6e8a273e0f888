import { describe, expect, it } from "vitest";
import { caseToMarkdown } from "@/lib/case/to-markdown";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import type { CaseDocument } from "@/lib/case/schema";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "../support/fixtures";

function parse(markdown: string): CaseDocument {
  const result = parseCaseDocument(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.case;
}

describe("exporting a case to Markdown in the delivered layout", () => {
  it.each([
    ["the delivered Saint-Etienne case", DELIVERED_CASE],
    ["the pipe-table variant", LUND_VARIANT],
  ])("re-imports %s to the same case", (_, file) => {
    const original = parse(readText(file));
    expect(parse(caseToMarkdown(original))).toEqual(original);
  });

  it("writes edited inventory rows anew and keeps the rest as delivered", () => {
    const original = parse(readText(DELIVERED_CASE));
    const edited: CaseDocument = {
      ...original,
      focus: "Training",
      workshopDate: "2024-05-14",
      inventory: original.inventory.map((r, i) => (i === 0 ? { ...r, facets: ["anticipatory"], innovationNote: null } : r)),
    };
    const markdown = caseToMarkdown(edited);
    expect(markdown).toContain("<u>USE'IN</u>\tLocal incubator\tStudents, SME's, startups\tAnticipatory\n");
    expect(markdown).toContain(original.inventory[1]!.rawText);
    const again = parse(markdown);
    expect(again.inventory[0]).toMatchObject({ facets: ["anticipatory"], innovationNote: null });
    expect(again.slug).toBe("saint-etienne-artificial-intelligence-training");
    expect(again.workshopDate).toBe("2024-05-14");
  });

  it("re-imports a case that is almost empty (a draft just started, published with a reason)", () => {
    const full = parse(readText(DELIVERED_CASE));
    const sparse: CaseDocument = {
      ...full, city: { ...full.city, population: null }, introduction: "", policyAreaIntro: "", cityIntro: "", participants: [], summary: { conclusions: [], recommendations: [] },
      context: "", selectedFocus: "", ecosystem: "", portfolio: { title: "", scope: "", coordinator: "", stakeholders: [], challenges: [], opportunities: [] },
      inventory: [], methods: [], findings: { conclusions: [], recommendations: [] }, extraSections: [],
    };
    expect(parse(caseToMarkdown(sparse))).toEqual(sparse);
  });
});
