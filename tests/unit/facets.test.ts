import { describe, expect, it } from "vitest";
import { formatFacets, parseFacets } from "@/lib/importer/facets";

describe("reading the OPSI facets of an inventory row", () => {
  it.each([
    ["Mission-oriented", ["mission"], null],
    ["mission oriented", ["mission"], null],
    ["Mission-oriented - anticipatory", ["mission", "anticipatory"], null],
    ["Mission-oriented - enhancement", ["mission", "enhancement"], null],
    ["Enhancement – adaptive High level on innovation", ["enhancement", "adaptive"], "High level on innovation"],
    ["Adaptive High level of innovation in the artistic creation", ["adaptive"], "High level of innovation in the artistic creation"],
    ["Enhancement-oriented, anticipatory and adaptive", ["enhancement", "anticipatory", "adaptive"], null],
    ["ANTICIPATORY", ["anticipatory"], null],
    ["Mission-oriented / mission", ["mission"], null],
    ["Mission-oriented; enhancement-oriented", ["mission", "enhancement"], null],
    ["mission-orientated", ["mission"], null],
    ["Mission - oriented", ["mission"], null],
    ["Mission\u2011oriented", ["mission"], null],
    ["Enhancement\u2010oriented \u2010 adaptive", ["enhancement", "adaptive"], null],
    ["Exploratory work", [], "Exploratory work"],
    ["Missionary zeal", [], "Missionary zeal"],
    ["", [], null],
  ])("%j gives %j with note %j", (cell, facets, note) => {
    expect(parseFacets(cell)).toEqual({ facets, note });
  });

  it("writes facets back in the delivered spelling, which reads back the same", () => {
    const cell = formatFacets(["enhancement", "adaptive"], "High level on innovation");
    expect(cell).toBe("Enhancement – adaptive High level on innovation");
    expect(parseFacets(cell)).toEqual({ facets: ["enhancement", "adaptive"], note: "High level on innovation" });
  });
});
