import { describe, expect, it } from "vitest";
import type { CaseDocument } from "@/lib/case/schema";
import { diffLine, diffLines, diffRevisions, foldUnchanged } from "@/lib/history/revision-diff";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

const delivered = (): CaseDocument => parseFile(DELIVERED_CASE);
const changedHeadings = (from: CaseDocument, to: CaseDocument) => diffRevisions(from, to).filter((s) => s.isChanged).map((s) => s.heading);

describe("comparing two revisions of a case", () => {
  it("marks only the words that changed in a line", () => {
    expect(diffLine("The city funds three hubs.", "The city funds four creative hubs.")).toEqual([
      { text: "The city funds " },
      { text: "three", change: "removed" },
      { text: "four creative", change: "added" },
      { text: " hubs." },
    ]);
  });

  it("reads a removed line followed by an added one as that line changed, and counts unchanged lines", () => {
    expect(diffLines(["a b", "c d", "e f"], ["a b", "c x", "e f", "g h"])).toEqual([
      { kind: "unchanged", count: 1 },
      { kind: "changed", words: [{ text: "c " }, { text: "d", change: "removed" }, { text: "x", change: "added" }] },
      { kind: "unchanged", count: 1 },
      { kind: "added", words: [{ text: "g h", change: "added" }] },
    ]);
  });

  it("in a run of changes, reads as changed the lines alike, not the lines at the same place", () => {
    // Reported by a review: Alice removed and Bob's line corrected read as "Alice changed to Bob…, Bob removed".
    expect(diffLines(["Alice Andersson", "Bob Berg", "Carl Carlsson"], ["Bob Berg, Lund University", "Carl Carlsson"])).toEqual([
      { kind: "removed", words: [{ text: "Alice Andersson", change: "removed" }] },
      { kind: "changed", words: [{ text: "Bob Berg" }, { text: ", Lund University", change: "added" }] },
      { kind: "unchanged", count: 1 },
    ]);
    expect(diffLines(["Title: Workshop in Lund", "Workshop date: 2025-05-01"], ["Workshop date: 2025-05-02"])).toEqual([
      { kind: "removed", words: [{ text: "Title: Workshop in Lund", change: "removed" }] },
      { kind: "changed", words: [{ text: "Workshop date: 2025-05-" }, { text: "01", change: "removed" }, { text: "02", change: "added" }] },
    ]);
    // Nothing alike: removed, then added, in order.
    expect(diffLines(["One river", "Two bridges"], ["Seven hills"]).map((l) => l.kind)).toEqual(["removed", "removed", "added"]);
  });

  it("shows list items added and removed as whole lines", () => {
    const c = delivered();
    const first = c.participants[0]!;
    const to = { ...c, participants: [...c.participants.slice(1), { name: "Cité du design", actor: null }] };
    const participants = diffRevisions(c, to).find((s) => s.heading === "Participants")!;
    expect(participants.lines.at(0)).toEqual({ kind: "removed", words: [{ text: first.name, change: "removed" }] });
    expect(participants.lines.at(-1)).toEqual({ kind: "added", words: [{ text: "Cité du design", change: "added" }] });
  });

  it("finds the one changed section of the delivered case and leaves the others unchanged", () => {
    const c = delivered();
    const recommendations = c.findings.recommendations.map((r, i) => (i === 1 ? { ...r, title: `${r.title} now` } : r));
    const to = { ...c, findings: { ...c.findings, recommendations } };
    expect(changedHeadings(c, to)).toEqual(["Recommendations"]);
    expect(changedHeadings(c, c)).toEqual([]);
  });

  it("compares portfolio parts, the inventory and its facets", () => {
    const c = delivered();
    const inventory = c.inventory.map((r, i) => (i === 0 ? { ...r, facets: r.facets.includes("mission") ? [] : ["mission" as const] } : r));
    const to = { ...c, inventory, portfolio: { ...c.portfolio, coordinator: "Someone else" } };
    expect(changedHeadings(c, to)).toEqual(["The innovation portfolio", "Inventory"]);
    const row = diffRevisions(c, to).find((s) => s.heading === "Inventory")!.lines.find((l) => l.kind === "changed");
    expect(row?.kind === "changed" && row.words.some((w) => w.change && w.text.includes("Mission"))).toBe(true);
  });

  it("folds runs of unchanged sections into one line between the changed ones", () => {
    const c = delivered();
    const to = { ...c, introduction: `${c.introduction} More.`, ecosystem: "A new ecosystem." };
    const blocks = foldUnchanged(diffRevisions(c, to));
    expect(blocks.map((b) => (b.kind === "changed" ? b.section.heading : b.headings))).toEqual([
      ["About the case"], "Introduction", ["The policy area", "The city", "Participants", "Main conclusions", "Main recommendations", "The context"],
      "The innovation support ecosystem", expect.arrayContaining(["Inventory", "Recommendations"]),
    ]);
  });
});
