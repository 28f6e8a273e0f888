import { describe, expect, it } from "vitest";
import { caseIs } from "@/lib/case/workflow";

describe("a case's status in a sentence", () => {
  it("reads as English after 'This case is'", () => {
    expect(["draft", "in_review", "published", "archived"].map((s) => `This case is ${caseIs(s as Parameters<typeof caseIs>[0])} now`)).toEqual([
      "This case is a draft now", "This case is in review now", "This case is published now", "This case is archived now",
    ]);
  });
});
