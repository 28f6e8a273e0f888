import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { markdownInlineMarkCount, markdownMarkerCount, markdownShapeProblem, MARKDOWN_LIMITS } from "@/lib/case/markdown-shape";
import { caseDocumentSchema } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE } from "../support/fixtures";

describe("how much Markdown nesting a case may hold", () => {
  it("counts the list items and quotes that open each line, not dashes or numbers within it", () => {
    expect(markdownMarkerCount("- one\n  - two\n> quoted\n> > twice\n1. first\n2) second\n")).toBe(7);
    expect(markdownMarkerCount("A - B, 1.5 million, -5 °C, 2024 was\n**1. Bold lead-in:** text\n#hashtag")).toBe(0);
  });

  it("refuses a line nested deeper than the limit, or indented too far, and names the line", () => {
    expect(markdownShapeProblem(`intro\n${"> ".repeat(MARKDOWN_LIMITS.depth)}x`, "field")).toBeUndefined();
    expect(markdownShapeProblem(`intro\n${">".repeat(MARKDOWN_LIMITS.depth + 1)}`, "field")).toMatch(/^Line 2 nests lists or quotes more than 16 deep/);
    expect(markdownShapeProblem(`${"1. ".repeat(17)}x`, "field")).toMatch(/^Line 1 nests/);
    expect(markdownShapeProblem(`${" ".repeat(MARKDOWN_LIMITS.indent + 1)}- x`, "field")).toMatch(/^Line 1 nests .* indents them more than 80 columns/);
    expect(markdownShapeProblem("\t".repeat(21) + "x", "field")).toMatch(/indents them more than 80 columns/);
  });

  it("refuses more markers than a field or a case may hold, at the line where the count is passed", () => {
    expect(markdownShapeProblem("- a\n".repeat(500), "field")).toBeUndefined();
    expect(markdownShapeProblem("- a\n".repeat(501), "field")).toBe("It holds more than 500 list items and quotes (line 501)");
    expect(markdownShapeProblem("- a\n".repeat(501), "case")).toBeUndefined();
  });

  it("counts emphasis marks and link brackets, not the list markers that open a line", () => {
    expect(markdownInlineMarkCount("* an item with **bold** and a [link](https://example.org/a_b)\n- _one_ more\n> * quoted\n~~struck~~")).toBe(13);
    expect(markdownInlineMarkCount("A - B, 1.5 million, 3 > 2")).toBe(0);
  });

  it("refuses a paragraph of more than 500 emphasis marks and link brackets, a field of more, and a case of more than 2,000", () => {
    const nested = (n: number) => `${"*a ".repeat(n)}${"a*".repeat(n)}`;
    expect(markdownShapeProblem(nested(250), "field")).toBeUndefined();
    expect(markdownShapeProblem(`intro\n\n${nested(251)}`, "case")).toBe("The paragraph at line 3 holds more than 500 emphasis marks (*, _, ~) and link brackets");
    expect(markdownShapeProblem(`${"[".repeat(300)}\n\n${"[".repeat(300)}`, "field")).toBe("It holds more than 500 emphasis marks (*, _, ~) and link brackets (line 3)");
    expect(markdownShapeProblem(`${nested(200)}\n\n`.repeat(6), "case")).toBe("It holds more than 2,000 emphasis marks (*, _, ~) and link brackets (line 11)");
    // Strikethrough nests as emphasis does, and each `]` looks back over its paragraph; a no-break space is no blank line.
    expect(markdownShapeProblem(`${"~a ".repeat(251)}${"a~".repeat(251)}`, "case")).toMatch(/^The paragraph at line 1 holds more than 500/);
    expect(markdownShapeProblem("a]".repeat(501), "case")).toMatch(/^The paragraph at line 1 holds more than 500/);
    expect(markdownShapeProblem(`${"*a ".repeat(300)}\n\u00A0\n${"a*".repeat(300)}`, "case")).toMatch(/^The paragraph at line 3 holds more than 500/);
    expect(markdownShapeProblem(`${"*a ".repeat(300)}\n \t\n${"a*".repeat(300)}`, "case")).toBeUndefined();
  });

  it("refuses a field with more than 500, and a case with more than 1,000 in all, at the field that holds the most", () => {
    const delivered = parseCaseDocument(readFileSync(DELIVERED_CASE, "utf8"));
    if (!delivered.ok) throw new Error(delivered.error);
    const held = markdownMarkerCount(JSON.stringify(delivered.case).replaceAll("\\n", "\n"));
    expect(caseDocumentSchema.safeParse(delivered.case).success).toBe(true);
    const field = caseDocumentSchema.safeParse({ ...delivered.case, context: "- item\n\nText.\n\n".repeat(501) });
    expect(field.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["context", expect.stringMatching(/^It holds more than 500 list items and quotes \(line 2001\): no case needs so much/)]]);
    const spread = caseDocumentSchema.safeParse({ ...delivered.case, context: "> quote\n\n".repeat(450), ecosystem: "- item\n".repeat(480), introduction: "- item\n".repeat(100) });
    expect(spread.error?.issues.map((i) => i.path.join("."))).toEqual(["ecosystem"]);
    expect(spread.error?.issues[0]!.message).toMatch(/^The case holds 1,\d{3} list items and quotes in all, more than the 1,000 it may \(this field holds 480\)/);
    expect(held).toBeLessThan(100);
    const marks = caseDocumentSchema.safeParse({ ...delivered.case, context: "**a** ".repeat(120), ecosystem: "*a* ".repeat(240), introduction: "_a_ ".repeat(240), cityIntro: "[a](b) ".repeat(245), policyAreaIntro: "~a~ ".repeat(100) });
    expect(marks.error?.issues.map((i) => i.path.join("."))).toEqual(["cityIntro"]);
    expect(marks.error?.issues[0]!.message).toMatch(/^The case holds 2,\d{3} emphasis marks \(\*, _, ~\) and link brackets in all, more than the 2,000 it may \(this field holds 490\)/);
  });

  it("refuses a document to import nested too deep, or with too many, before it is parsed", () => {
    const started = performance.now();
    const deep = parseCaseDocument(`# City Case Description\n\n${">".repeat(15_000)}`);
    const many = parseCaseDocument(`# City Case Description\n\n${"> a\n\npara\n\n".repeat(5_000)}`);
    const emphasis = parseCaseDocument(`# City Case Description\n\n${"*".repeat(15_000)}a${"*".repeat(15_000)}`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(deep.ok || deep.error).toBe("not read: line 3 nests lists or quotes more than 16 deep (or indents them more than 80 columns), which no City Case Description needs");
    expect(many.ok || many.error).toBe("not read: it holds more than 1,000 list items and quotes (line 4003), which no City Case Description needs");
    expect(emphasis.ok || emphasis.error).toBe("not read: the paragraph at line 3 holds more than 500 emphasis marks (*, _, ~) and link brackets, which no City Case Description needs");
  });
});
