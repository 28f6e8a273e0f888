import { describe, expect, it } from "vitest";
import { anyOfTheWords, correctableWords, correctedQuery } from "@/lib/search/corrected-words";
import { otherSearchLinks } from "@/lib/search/other-searches";

describe("a search with its misspelt words corrected", () => {
  it("asks about each word of three letters or more once, in lower case, apart from quotes, minus signs and hyphens", () => {
    expect(correctableWords('Innovaton "pubic space" -zepelin co-desing AI Innovaton')).toEqual(["innovaton", "pubic", "space", "zepelin", "desing"]);
  });

  it("replaces the corrected words only, keeping what was typed around them and a capital at the start", () => {
    const corrections = new Map([["innovaton", "innovation"], ["pubic", "public"], ["desing", "design"]]);
    expect(correctedQuery('Innovaton "pubic space" -zepelin co-desing', corrections)).toBe('Innovation "public space" -zepelin co-design');
    expect(correctedQuery("innovatons", corrections), "a whole word only").toBe("innovatons");
  });
});

describe("a search for any of the words", () => {
  it("joins the words and phrases wanted with OR, keeping the words left out", () => {
    expect(anyOfTheWords("copyright microcredit")).toBe("copyright OR microcredit");
    expect(anyOfTheWords('„public space“ training -bauhaus')).toBe('"public space" OR training -bauhaus');
    expect(anyOfTheWords("copyright OR microcredit training")).toBe("copyright OR microcredit OR training");
  });

  it("is not offered for one word, or for a search that asks for any of its words already", () => {
    for (const q of ["copyright", "copyright -bauhaus", '"public space"', "copyright OR microcredit", "a OR b OR c -d"]) expect(anyOfTheWords(q), q).toBeNull();
  });

  it("links each search offered with the filters kept, from the first page", () => {
    const links = otherSearchLinks("/cases", { q: "innovaton", city: "lund", page: 2 }, { corrected: "innovation" });
    expect(links).toEqual({ corrected: { words: "innovation", href: "/cases?q=innovation&city=lund" }, anyWord: undefined });
  });

  it("links a correction that finds nothing with the filters chosen without them, and says so", () => {
    const links = otherSearchLinks("/cases", { q: "innovaton ecole", city: "lund", page: 2 }, { correctedInAll: "innovation ecole", anyWord: "innovaton OR ecole" });
    expect(links).toEqual({
      corrected: { words: "innovation ecole", href: "/cases?q=innovation+ecole", isInAll: true },
      anyWord: { words: "innovaton OR ecole", href: "/cases?q=innovaton+OR+ecole&city=lund" },
    });
  });
});
