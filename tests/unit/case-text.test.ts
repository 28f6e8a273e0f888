import { describe, expect, it } from "vitest";
import { caseDocumentSchema, cleanText } from "@/lib/case/schema";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

describe("typed text of a case", () => {
  it("loses NUL characters, controls that turn the text's direction, and blank ends, zero-width ones too", () => {
    expect(cleanText("Café \u202Eevil\u202C")).toBe("Café evil");
    expect(cleanText("\u2067Lund\u2069 museum")).toBe("Lund museum");
    expect(cleanText("\u200B \u200B")).toBe("");
    expect(cleanText("\uFEFF Design\u00A0Week \u200D")).toBe("Design\u00A0Week");
    expect(cleanText("a\0b")).toBe("ab");
    // Within the text, zero-width joiners stay: some scripts and emoji need them.
    expect(cleanText("👩\u200D🎨 studio")).toBe("👩\u200D🎨 studio");
  });

  it("so a title of zero-width spaces is no title, and a participant of them is refused as empty", () => {
    const c = parseFile(DELIVERED_CASE);
    const parsed = caseDocumentSchema.parse({ ...c, title: "\u200B\u200B", focus: "Café \u202Eevil" });
    expect([parsed.title, parsed.focus]).toEqual(["", "Café evil"]);
    const refused = caseDocumentSchema.safeParse({ ...c, participants: [{ name: "\u200B", actor: null }] });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["participants.0.name", "Required"]]);
  });
});
