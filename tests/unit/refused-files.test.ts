import { describe, expect, it } from "vitest";
import { parseCaseDocument } from "@/lib/importer/parse-case";

const refusal = (input: string | Uint8Array) => {
  const result = parseCaseDocument(input);
  if (result.ok) throw new Error("accepted a file that is not a case description");
  return result.error;
};

describe("files that are not City Case Descriptions", () => {
  it("refuses an empty file", () => {
    expect(refusal("")).toBe("not a City Case Description: the file is empty");
    expect(refusal(" \n\r\n\t")).toBe("not a City Case Description: the file is empty");
  });

  it("refuses a binary file", () => {
    expect(refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]))).toMatch(/binary file/);
  });

  it("tells UTF-16 text, with or without its byte-order mark, from a binary file, and says how to save it", () => {
    const utf16 = (text: string, bom: number[]) => new Uint8Array([...bom, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const text = "**Introducing the Policy Area and the City**\n\n**LUND, SWEDEN**\n";
    expect(refusal(utf16(text, [0xff, 0xfe]))).toMatch(/it is UTF-16 text .*save it as UTF-8/);
    expect(refusal(utf16(text, []))).toMatch(/it is UTF-16 text/);
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(refusal(new Uint8Array([0x43, 0x69, 0x74, 0xe9, 0x20, 0x64, 0x75]))).toMatch(/not UTF-8/);
  });

  it("refuses Markdown with no city line", () => {
    expect(refusal("# Shopping list\n\n- bread\n- milk\n")).toMatch(/no city line/);
  });

  it("refuses a city line followed by no known section", () => {
    expect(refusal("**Introducing the Policy Area and the City**\n\n**CULTURE**\n\n**LUND, SWEDEN**\n\nHello.\n")).toMatch(/no recognisable sections/);
  });

  it("refuses a city line whose country is unknown", () => {
    expect(refusal("**Introducing the Policy Area and the City**\n\n**AI**\n\n**LUND, NARNIA**\n\n## Context\n\nx\n\n## Inventory\n")).toMatch(/"NARNIA" .* not a country/);
  });
});
