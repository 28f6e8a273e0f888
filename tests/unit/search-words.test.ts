import { describe, expect, it } from "vitest";
import { quotedWords, searchGroups, searchWords } from "@/lib/search/search-words";

describe("searchWords", () => {
  it("makes a hyphenated word the phrase of its parts", () => {
    expect(searchWords("decision-makers in Lund")).toBe('"decision makers" in Lund');
    expect(searchWords("state-of-the-art")).toBe('"state of the art"');
    expect(searchWords("Saint-Étienne")).toBe('"Saint Étienne"');
  });

  it("leaves a word excluded by a leading hyphen, and numbers, as typed", () => {
    expect(searchWords("design -bauhaus")).toBe("design -bauhaus");
    expect(searchWords("covid-19 2020-2024")).toBe("covid-19 2020-2024");
  });

  it("takes the hyphens out of a word already in quotes, keeping the quotes", () => {
    expect(searchWords('"the decision-makers" co-design')).toBe('"the decision makers" "co design"');
    expect(searchWords('"unclosed co-design')).toBe('"unclosed co design');
  });

  it("reads a phrase in the quotation marks of any European language as one in straight quotes", () => {
    for (const q of ["«public space»", "„public space“", "“public space”", "»public space«", "‹public space›"]) expect(searchWords(q), q).toBe('"public space"');
    expect(searchWords("« co-design » Lund")).toBe('" co design " Lund');
    expect(searchWords("the city’s plan")).toBe("the city’s plan");
  });

  it("leaves out a finding's number at the start, as a heading copied from a case has it", () => {
    expect(searchWords("3. Create a regional network")).toBe("Create a regional network");
    expect(searchWords("2024 funding")).toBe("2024 funding");
    expect(searchWords("3.5 million")).toBe("3.5 million");
  });
});

describe("searchGroups", () => {
  it("joins the terms on the two sides of OR into one group, which the other terms must match beside", () => {
    expect(searchGroups("copyright OR microcredit training")).toEqual(["copyright OR microcredit", "training"]);
    expect(searchGroups('training "open data" or "data platform" -private')).toEqual(["training", '"open data" OR "data platform"', "-private"]);
    expect(searchGroups("a OR b OR c d")).toEqual(["a OR b OR c", "d"]);
  });

  it("reads ORs in a row as one", () => {
    expect(searchGroups("copyright OR OR microcredit")).toEqual(["copyright OR microcredit"]);
    expect(searchGroups("copyright or OR Or microcredit training")).toEqual(["copyright OR microcredit", "training"]);
    expect(searchGroups("OR OR training")).toEqual(["OR", "training"]);
  });

  it("leaves a search without OR whole, and an OR with nothing on one side as a word", () => {
    expect(searchGroups('shared "open data" -bauhaus')).toEqual(['shared "open data" -bauhaus']);
    expect(searchGroups("OR training")).toEqual(["OR", "training"]);
    expect(searchGroups("training OR")).toEqual(["training", "OR"]);
    // An unclosed quote runs to the end, as websearch reads it.
    expect(searchGroups('a OR "open data')).toEqual(['a OR "open data']);
  });
});

describe("quotedWords", () => {
  it("puts the words in quotation marks, unless they hold a phrase's own", () => {
    expect(quotedWords("shared materials")).toBe("“shared materials”");
    expect(quotedWords('"shared materials"')).toBe('"shared materials"');
    expect(quotedWords('"shared materials" -bauhaus')).toBe('"shared materials" -bauhaus');
    expect(quotedWords("«shared materials»")).toBe("«shared materials»");
    expect(quotedWords("“shared materials”")).toBe("“shared materials”");
  });
});
