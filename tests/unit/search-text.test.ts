import { describe, expect, it } from "vitest";
import { STAKEHOLDER_CATEGORY_LABELS } from "@/lib/case/schema";
import { caseSearchBody } from "@/lib/case/search-text";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

describe("the text searched and quoted in snippets", () => {
  const delivered = parseFile(DELIVERED_CASE);

  it("ends each part as a sentence, so that a snippet running lines together still reads", () => {
    const stakeholder = { ...delivered.portfolio.stakeholders[0]!, name: "Design Futures Alliance" };
    const portfolio = { ...delivered.portfolio, stakeholders: [stakeholder], coordinator: "Who asks: why?", scope: "Ends with a colon:" };
    const lines = caseSearchBody({ ...delivered, portfolio }).split("\n");
    expect(lines).toContain(`${STAKEHOLDER_CATEGORY_LABELS[stakeholder.category]}: Design Futures Alliance.`);
    expect(lines).toContain("Who asks: why?");
    expect(lines).toContain("Ends with a colon:");
  });
});
