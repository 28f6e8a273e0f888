import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { markdownMarkerCount, markdownShapeProblem, MARKDOWN_LIMITS } from "@/lib/case/markdown-shape";
import { caseDocumentSchema } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE } from "../support/fixtures";

describe("how much Markdown nesting a case may hold", () => {
  it("counts the list items and quotes that open each line, not dashes or numbers within it", () => {
    expect(markdownMarkerCount("- one\n  - two\n> quoted\n> > twice\n1. first\n2) second\n")).toBe(7);
    expect(markdownMarkerCount("A - B, 1.5 million, -5 °C, 2024 was\n**1. Bold lead-in:** text\n#hashtag")).toBe(0);
  });

  it("refuses a line nested deeper than the limit, or indented too far, and names the line", () => {
    expect(markdownShapeProblem(`intro\n${"> ".repeat(MARKDOWN_LIMITS.depth)}x`, 100)).toBeUndefined();
    expect(markdownShapeProblem(`intro\n${">".repeat(MARKDOWN_LIMITS.depth + 1)}`, 100)).toMatch(/^Line 2 nests lists or quotes more than 16 deep/);
    expect(markdownShapeProblem(`${"1. ".repeat(17)}x`, 100)).toMatch(/^Line 1 nests/);
    expect(markdownShapeProblem(`${" ".repeat(MARKDOWN_LIMITS.indent + 1)}- x`, 100)).toMatch(/^Line 1 nests .* indents them more than 80 columns/);
    expect(markdownShapeProblem("\t".repeat(21) + "x", 100)).toMatch(/indents them more than 80 columns/);
  });

  it("refuses more markers than it is given, at the line where the count is passed", () => {
    expect(markdownShapeProblem("- a\n".repeat(3), 3)).toBeUndefined();
    expect(markdownShapeProblem("- a\n".repeat(4), 3)).toBe("It holds more than 3 list items and quotes (line 4)");
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
  });

  it("refuses a document to import nested too deep, or with too many, before it is parsed", () => {
    const started = performance.now();
    const deep = parseCaseDocument(`# City Case Description\n\n${">".repeat(15_000)}`);
    const many = parseCaseDocument(`# City Case Description\n\n${"> a\n\npara\n\n".repeat(5_000)}`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(deep.ok || deep.error).toBe("not read: line 3 nests lists or quotes more than 16 deep (or indents them more than 80 columns), which no City Case Description needs");
    expect(many.ok || many.error).toBe("not read: it holds more than 1,000 list items and quotes (line 4003), which no City Case Description needs");
  });
});
