import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CaseChanges } from "@/components/case-changes";

const at = new Date("2026-12-07T10:00:00Z");
const listed = (action: string, details: Record<string, unknown>) =>
  renderToStaticMarkup(createElement(CaseChanges, {
    seenAt: null, readAt: at, hasMore: false, markSeen: async () => {},
    changes: [{ at, by: "editor@example.org", action, caseId: 7, caseName: "Lund: Green Transition", details }],
  })).replace(/<[^>]+>/g, "");

describe("what changed since the dashboard was last looked at", () => {
  it("gives the reason a save put serious problems on a public page, as for publishing despite them", () => {
    const waived = { version: 4, source: "import", waiver: "The inventory follows next week", waived: ["The inventory is empty"] };
    expect(listed("case.updated", waived)).toContain("saved version 4 Lund: Green Transition, despite 1 serious problem, with the reason “The inventory follows next week”");
    expect(listed("case.status_changed", { to: "published", waiver: "For the launch", waived: ["The inventory is empty", "No participants are listed"] }))
      .toContain("moved to published Lund: Green Transition, despite 2 serious problems, with the reason “For the launch”");
  });

  it("adds nothing to a save that waived nothing, and gives a change of status its note", () => {
    expect(listed("case.updated", { version: 4, source: "editor" })).toContain("saved version 4 Lund: Green TransitionMark all as seen");
    expect(listed("case.status_changed", { to: "in_review", note: "Ready" })).toContain("moved to in review Lund: Green Transition, with the note “Ready”");
  });
});
