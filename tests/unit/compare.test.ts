import { describe, expect, it } from "vitest";
import { compareHref, readCompareRequest } from "@/lib/compare/compare-params";
import { countFacets, diamondPosition } from "@/lib/compare/opsi";
import { comparisonToCsv } from "@/lib/compare/to-csv";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "../support/fixtures";

const parse = (file: string) => {
  const r = parseCaseDocument(readText(file));
  if (!r.ok) throw new Error(r.error);
  return r.case;
};

describe("reading the comparison a URL asks for", () => {
  it.each([
    ["cases=a,b", ["a", "b"]],
    ["cases=a&cases=b&cases=&cases=", ["a", "b"]],
    ["cases=a,b,c,d", ["a", "b", "c", "d"]],
  ])("accepts %s", (query, slugs) => {
    expect(readCompareRequest(new URLSearchParams(query))).toEqual({ ok: true, slugs });
  });

  it.each([
    ["", "Choose at least 2 cases to compare"],
    ["cases=a", "Choose at least 2 cases to compare"],
    ["cases=a,b,c,d,e", "At most 4 cases can be compared side by side: “e” was left out"],
    ["cases=a,b,c,d,e,f", "At most 4 cases can be compared side by side: “e”, “f” were left out"],
    ["cases=a,b,a", "“a” is chosen twice"],
    ["cases=a,../etc", "“../etc” is not a case address"],
    ["cases=%3Cimg%3E,a,..", "“<img>”, “..” are not case addresses"],
  ])("refuses %j with a clear message", (query, message) => {
    expect(readCompareRequest(new URLSearchParams(query))).toMatchObject({ ok: false, message });
  });

  it("writes one shareable address", () => {
    expect(compareHref(["a", "b"])).toBe("/compare?cases=a,b");
    expect(compareHref([])).toBe("/compare");
  });
});

describe("the OPSI facets of an inventory", () => {
  it("counts the actors of each facet, an actor with two facets in both", () => {
    expect(countFacets(parse(DELIVERED_CASE).inventory)).toEqual({ enhancement: 7, mission: 18, adaptive: 4, anticipatory: 1 });
  });

  it("places an inventory on the diamond by the mean of its facets", () => {
    expect(diamondPosition({ enhancement: 7, mission: 18, adaptive: 4, anticipatory: 1 })).toEqual({ x: -6 / 30, y: 14 / 30 });
    expect(diamondPosition({ enhancement: 0, mission: 0, adaptive: 0, anticipatory: 3 })).toEqual({ x: 1, y: 0 });
    expect(diamondPosition({ enhancement: 0, mission: 0, adaptive: 0, anticipatory: 0 })).toBeNull();
  });
});

describe("the comparison as CSV", () => {
  it("has a column per case and quotes texts with commas, quotes and line breaks", () => {
    const cases = [parse(DELIVERED_CASE), parse(LUND_VARIANT)].map((c) => ({ ...c, facetCounts: countFacets(c.inventory) }));
    const csv = comparisonToCsv(cases, { sharedOrganisations: [], themes: [] });
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("part,saint-etienne-artificial-intelligence,lund-new-european-bauhaus");
    expect(csv).toContain('\r\ncoordinator,Cité du design – Ecole Supérieure d\'Art et Design,Lund University\r\n');
    expect(csv).toContain('key challenges,"Lack of skills:\n- Lack of communication, training and support on AI.\n- Need to develop and adapt the skills of professionals.\nImpact on professions:\n- ');
    // A title apart from its body: two sentences, not run together.
    expect(csv).toContain("1. Need for adaptability. The rapid pace of technological");
    expect(csv).toMatch(/actors: Mission-oriented,18,1/);
  });

  it("ends with a row per organisation and per theme the cases share, marked under each case that has it", () => {
    const cases = [parse(DELIVERED_CASE), parse(LUND_VARIANT), { ...parse(LUND_VARIANT), slug: "malmo-new-european-bauhaus" }].map((c) => ({ ...c, facetCounts: countFacets(c.inventory) }));
    const [saintEtienne, lund, malmo] = cases.map((c) => c.slug);
    const csv = comparisonToCsv(cases, {
      sharedOrganisations: [{ name: "Lightlab, Lund", cases: [saintEtienne!, malmo!] }],
      themes: [{ area: "opportunities", words: ["funding", "funded", "funds", "fund", "funder"], cases: [lund!, malmo!] }],
    });
    expect(csv.split("\r\n").slice(-3)).toEqual([
      '"organisation in more than one case: Lightlab, Lund",yes,,yes',
      '"recurring theme in key opportunities: funding, funded, funds, fund",,yes,yes',
      "",
    ]);
  });

  it("writes a cell that a spreadsheet would run as a formula with a leading apostrophe", () => {
    const [first, second] = [parse(DELIVERED_CASE), parse(LUND_VARIANT)].map((c) => ({ ...c, facetCounts: countFacets(c.inventory) }));
    const csv = comparisonToCsv([{ ...first!, portfolio: { ...first!.portfolio, coordinator: "=IMPORTXML(A1)" } }, second!], { sharedOrganisations: [], themes: [] });
    expect(csv).toContain("\r\ncoordinator,'=IMPORTXML(A1),Lund University\r\n");
  });
});
