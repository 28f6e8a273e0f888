import { describe, expect, it } from "vitest";
import { abbreviationsIn } from "@/lib/search/abbreviations";

describe("abbreviations in a search", () => {
  it("are found by the abbreviation, in either case and in the plural, and by the words of their meaning", () => {
    expect(abbreviationsIn("AI training")).toEqual([{ abbreviation: "AI", meaning: "artificial intelligence", typed: ["ai"] }]);
    expect(abbreviationsIn("CCIs").map((a) => a.typed)).toEqual([["ccis"]]);
    expect(abbreviationsIn('"Artificial Intelligence" policy')).toEqual([{ abbreviation: "AI", meaning: "artificial intelligence", typed: [] }]);
    expect(abbreviationsIn("the cultural and creative industry").map((a) => a.abbreviation)).toEqual(["CCI"]);
    expect(abbreviationsIn("new european bauhaus").map((a) => a.abbreviation)).toEqual(["NEB"]);
  });

  it("leave every other search as it was", () => {
    for (const q of ["artificial light", "aid", "creative industries", "bauhaus", "neben"]) expect(abbreviationsIn(q), q).toEqual([]);
  });
});
