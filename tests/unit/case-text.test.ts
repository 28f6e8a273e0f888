import { describe, expect, it } from "vitest";
import { caseDocumentSchema, cleanText } from "@/lib/case/schema";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

describe("typed text of a case", () => {
  it("loses control characters, direction overrides, and blank ends, zero-width ones too", () => {
    expect(cleanText("Café \u202Eevil")).toBe("Café evil");
    expect(cleanText("\u202Dlive\u202C")).toBe("live");
    // Isolates and embeddings stay: right-to-left text needs them.
    expect(cleanText("زرنا \u2066Design Week 2024!\u2069 في لوند")).toBe("زرنا \u2066Design Week 2024!\u2069 في لوند");
    expect(cleanText("\u200B \u200B")).toBe("");
    // Direction marks, embeddings and isolates at the ends are nothing to see either: a name of them alone is none.
    expect(cleanText("\u2066")).toBe("");
    expect(cleanText("\u200E\u202B \u2069")).toBe("");
    expect(cleanText("\uFEFF Design\u00A0Week \u200D")).toBe("Design\u00A0Week");
    expect(cleanText("a\0b")).toBe("ab");
    // Other control characters too (a bell, an escape, a backspace, DEL, U+FFFE and U+FFFF), but tab and line ends.
    expect(cleanText("a\u0007b\u001B[31mc\bd\u007Fe\uFFFEf\uFFFFg")).toBe("ab[31mcdefg");
    expect(cleanText("one\ttwo\nthree\r\nfour\u0085")).toBe("one\ttwo\nthree\r\nfour\u0085");
    // Within the text, zero-width joiners stay: some scripts and emoji need them.
    expect(cleanText("👩\u200D🎨 studio")).toBe("👩\u200D🎨 studio");
  });

  // A regular expression for both ends backtracked on a long run of spaces: hours for a 4 MB form, not this test's 10 s.
  it("cleans a 4 MB form's long runs of spaces in one walk", () => {
    expect(cleanText(`${" ".repeat(4_000_000)}x${" \u200B".repeat(1_000_000)}`)).toBe("x");
    expect(cleanText(`a${" ".repeat(2_000_000)}b`)).toHaveLength(2_000_002);
  }, 10_000);

  it("so a title of zero-width spaces is no title, and a participant of them is refused as empty", () => {
    const c = parseFile(DELIVERED_CASE);
    const parsed = caseDocumentSchema.parse({ ...c, title: "\u200B\u200B", focus: "Café \u202Eevil" });
    expect([parsed.title, parsed.focus]).toEqual(["", "Café evil"]);
    const refused = caseDocumentSchema.safeParse({ ...c, participants: [{ name: "\u200B", actor: null }] });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["participants.0.name", "Required"]]);
  });
});
