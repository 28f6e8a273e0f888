import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RevisionDiff } from "@/components/revision-diff";
import { diffLines } from "@/lib/history/revision-diff";

/** What a screen reader reads of a diff: the text with the markup taken out. */
const spoken = (before: string[], after: string[]) =>
  renderToStaticMarkup(createElement(RevisionDiff, { blocks: [{ kind: "changed", section: { heading: "Participants", isChanged: true, lines: diffLines(before, after) } }] }))
    .replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("a diff as a screen reader hears it", () => {
  it("says once that a whole entry was added or removed", () => {
    expect(spoken(["Lund University"], ["Lund University", "Ideon"])).toContain("Added: Ideon");
    expect(spoken(["Lund University", "Ideon"], ["Lund University"])).toContain("Removed: Ideon");
    expect(spoken(["Lund University"], ["Lund University", "Ideon"])).not.toMatch(/added: /);
  });

  it("names each added and removed run of words within a changed entry", () => {
    expect(spoken(["around sixty businesses"], ["around seventy businesses"])).toContain("Changed: around removed: sixtyadded: seventy businesses");
  });
});
