import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeParagraphs } from "@/lib/editor/merge-paragraphs";
import { mergeValues } from "@/lib/editor/merge-values";

const text = (...paragraphs: string[]) => paragraphs.join("\n\n");

describe("merging a text both changed, paragraph by paragraph", () => {
  it("takes their paragraph where I left it and mine where they left theirs, next to each other too", () => {
    const base = text("One.", "Two.", "Three.");
    expect(mergeParagraphs(base, text("One, mine.", "Two.", "Three."), text("One.", "Two, theirs.", "Three."))).toBe(text("One, mine.", "Two, theirs.", "Three."));
    expect(mergeParagraphs(base, text("One.", "Two.", "Three.", "Four, mine."), text("Zero, theirs.", "One.", "Two.", "Three."))).toBe(text("Zero, theirs.", "One.", "Two.", "Three.", "Four, mine."));
    // Their removal of a paragraph I left.
    expect(mergeParagraphs(base, text("One, mine.", "Two.", "Three."), text("One.", "Three."))).toBe(text("One, mine.", "Three."));
  });

  it("keeps the blank lines as each side wrote them", () => {
    expect(mergeParagraphs("A.\n\n\nB.\n\nC.", "A, mine.\n\n\nB.\n\nC.", "A.\n\n\nB.\n\nC, theirs.")).toBe("A, mine.\n\n\nB.\n\nC, theirs.");
  });

  it("gives nothing when we changed the same paragraph, or a text of one paragraph", () => {
    expect(mergeParagraphs(text("One.", "Two."), text("One, mine.", "Two."), text("One, theirs.", "Two."))).toBeNull();
    expect(mergeParagraphs("One.", "One, mine.", "One, theirs.")).toBeNull();
    // One joined two paragraphs that the other changed one of.
    expect(mergeParagraphs(text("One.", "Two.", "Three."), "One. Two.\n\nThree.", text("One.", "Two, theirs.", "Three."))).toBeNull();
  });

  it("in a case's merge, is no clash, and says their changes were taken", () => {
    const merged = mergeValues(text("One.", "Two."), text("One, mine.", "Two."), text("One.", "Two, theirs."));
    expect(merged).toEqual({ value: text("One, mine.", "Two, theirs."), clashed: false, tookTheirs: true });
    expect(mergeValues("One.", "One, mine.", "One, theirs.")).toEqual({ value: "One, mine.", clashed: true, tookTheirs: false });
  });

  it("never loses a paragraph either side added, and keeps every paragraph both left", () => {
    const paragraph = fc.stringMatching(/^[A-Za-z][a-z ,.]{0,12}$/);
    const paragraphs = fc.uniqueArray(paragraph, { minLength: 2, maxLength: 6 });
    const edit = (base: string[], tag: string) => fc.array(fc.tuple(fc.nat(), fc.constantFrom("change", "add", "remove")), { maxLength: 3 }).map((steps) => {
      const out = [...base];
      for (const [i, step] of steps) {
        const at = i % (out.length || 1);
        if (step === "change" && out.length) out[at] = `${out[at]} ${tag}${i}`;
        if (step === "add") out.splice(at, 0, `${tag} new ${i}`);
        if (step === "remove" && out.length > 1) out.splice(at, 1);
      }
      return out;
    });
    fc.assert(fc.property(paragraphs.chain((base) => fc.tuple(fc.constant(base), edit(base, "mine"), edit(base, "theirs"))), ([base, mine, theirs]) => {
      const merged = mergeParagraphs(text(...base), text(...mine), text(...theirs));
      if (merged === null) return;
      const result = merged.split("\n\n");
      for (const p of [...mine, ...theirs].filter((p) => !base.includes(p))) expect(result).toContain(p);
      for (const p of base.filter((p) => mine.includes(p) && theirs.includes(p))) expect(result).toContain(p);
    }), { numRuns: 300 });
  });
});
