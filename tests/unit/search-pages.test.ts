import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildFacetGroups, foldFacetValues, listActiveFilters } from "@/lib/search/case-facets";
import { caseFiltersSchema, type CaseFilters } from "@/lib/search/case-filters";
import { searchHref } from "@/lib/search/href";
import { parseParamsLeniently } from "@/lib/search/lenient-params";
import { splitLeading, splitSnippet } from "@/lib/search/snippet";

const S = "\u0002";
const E = "\u0003";

describe("splitting a search snippet on its marks", () => {
  it("gives the matched words as marked parts and the rest as text", () => {
    expect(splitSnippet(`Cité du design – ${S}Ecole${E} ${S}Supérieure${E} d'Art`, S, E)).toEqual([
      { text: "Cité du design – ", isMatch: false },
      { text: "Ecole", isMatch: true },
      { text: " ", isMatch: false },
      { text: "Supérieure", isMatch: true },
      { text: " d'Art", isMatch: false },
    ]);
  });

  it("keeps markup-looking text as text and loses nothing to unbalanced marks", () => {
    expect(splitSnippet(`<b>x</b> ${S}open`, S, E)).toEqual([
      { text: "<b>x</b> ", isMatch: false },
      { text: "open", isMatch: true },
    ]);
    expect(splitSnippet(`a${E}b`, S, E)).toEqual([{ text: "ab", isMatch: false }]);
    expect(splitSnippet("", S, E)).toEqual([]);
  });
});

describe("a snippet split after the title it opens with", () => {
  it("cuts that many characters across marked and unmarked parts, keeping the marks on both sides", () => {
    const parts = splitSnippet(`${S}Interdisciplinary${E} training on ${S}AI${E} knowledge`, S, E);
    expect(splitLeading(parts, "Interdisciplinary training".length)).toEqual([
      [{ text: "Interdisciplinary", isMatch: true }, { text: " training", isMatch: false }],
      [{ text: " on ", isMatch: false }, { text: "AI", isMatch: true }, { text: " knowledge", isMatch: false }],
    ]);
    expect(splitLeading(parts, 5)).toEqual([[{ text: "Inter", isMatch: true }], [{ text: "disciplinary", isMatch: true }, { text: " training on ", isMatch: false }, { text: "AI", isMatch: true }, { text: " knowledge", isMatch: false }]]);
    expect(splitLeading(parts, 0)).toEqual([[], parts]);
    expect(splitLeading(parts, 1000)).toEqual([parts, []]);
  });
});

describe("addresses of a search", () => {
  const state = { q: "design", city: "lund", year: 2024, page: 3 };

  it("keeps the other parameters and goes back to the first page when a filter changes", () => {
    expect(searchHref("/cases", state, { facet: "mission" })).toBe("/cases?q=design&city=lund&year=2024&facet=mission");
    expect(searchHref("/cases", state, { city: undefined })).toBe("/cases?q=design&year=2024");
  });

  it("changes only the page when paging, and leaves out page 1", () => {
    expect(searchHref("/cases", state, { page: 4 })).toBe("/cases?q=design&city=lund&year=2024&page=4");
    expect(searchHref("/cases", state, { page: 1 })).toBe("/cases?q=design&city=lund&year=2024");
    expect(searchHref("/cases", {}, {})).toBe("/cases");
  });
});

describe("reading a page's parameters leniently", () => {
  const schema = z.object(caseFiltersSchema.shape);

  it("leaves out each invalid parameter, names it, and keeps the valid ones", () => {
    const { value, ignored } = parseParamsLeniently(schema, { city: "lund", year: "abc", facet: "nope" });
    expect(value).toEqual({ city: "lund", page: 1 });
    expect(ignored.map((i) => [i.parameter, i.value])).toEqual([["year", "abc"], ["facet", "nope"]]);
    expect(ignored[0]!.reason).toBe("a year such as 2024");
  });

  it("reads a city or policy area typed in capitals as its slug, and says what a slug is when it is none", () => {
    expect(parseParamsLeniently(schema, { city: "KOSICE", policyArea: "Artificial-Intelligence" }).value).toEqual({ city: "kosice", policyArea: "artificial-intelligence", page: 1 });
    expect(parseParamsLeniently(schema, { city: "Saint Etienne" }).ignored[0]!.reason).toBe("a slug such as saint-etienne: letters, digits and single hyphens");
  });

  it("says what is wrong with a page number: not one, below 1, or past the last page anyone can ask for", () => {
    const reasons = ["x", "0", "99999"].map((page) => parseParamsLeniently(schema, { page }).ignored[0]!.reason);
    expect(reasons).toEqual(["a page number", "a page number from 1", "a page number up to 10,000"]);
  });

  it("uses the first value of a parameter given twice, and says that the others were left out", () => {
    const { value, ignored } = parseParamsLeniently(schema, new URLSearchParams("city=lund&city=gent&city=&city=porto&q=ai&utm=a&utm=b"));
    expect(value).toEqual({ city: "lund", q: "ai", page: 1 });
    expect(ignored).toEqual([
      { parameter: "city", value: "gent", reason: "given more than once: only the first value, lund, is used" },
      { parameter: "city", value: "porto", reason: "given more than once: only the first value, lund, is used" },
    ]);
    expect(parseParamsLeniently(schema, { country: ["fr", "be"] }).ignored.map((i) => i.value)).toEqual(["be"]);
  });

  it("takes an empty value for no choice, so that a later value is the one used", () => {
    expect(parseParamsLeniently(schema, new URLSearchParams("city=&city=lund"))).toEqual({ value: { city: "lund", page: 1 }, ignored: [] });
  });

  it("leaves out words sent in another encoding than UTF-8 (%E9), saying so, rather than search for \"�\"", () => {
    const { value, ignored } = parseParamsLeniently(schema, new URLSearchParams("q=caf%E9&city=lund"));
    expect(value).toEqual({ city: "lund", page: 1 });
    expect(ignored).toEqual([{ parameter: "q", value: "caf\uFFFD", reason: "holds “\uFFFD”, which stands for bytes that were not UTF-8 (an address writes é as %C3%A9, not %E9), or for a letter lost before the words were copied: leave it out" }]);
    expect(parseParamsLeniently(schema, new URLSearchParams("q=caf%C3%A9")).value).toEqual({ q: "café", page: 1 });
  });

  it("ignores parameters it does not know and empty ones", () => {
    expect(parseParamsLeniently(schema, { utm_source: "mail", q: " ", country: "fr" })).toEqual({ value: { country: "FR", page: 1 }, ignored: [] });
  });
});

describe("the facets of /cases", () => {
  const empty = { city: [], country: [], policyArea: [], year: [], facet: [], stakeholder: [] };
  const known = { cities: new Map([["lund", "Lund"]]), policyAreas: new Map<string, string>() };

  it("links each value to the search with it, and the chosen one to the search without it", () => {
    const filters: CaseFilters = { q: "ai", city: "saint-etienne", page: 2 };
    const facets = {
      ...empty,
      city: [{ value: "saint-etienne", label: "Saint-Etienne", count: 1 }, { value: "lund", label: "Lund", count: 2 }],
    };
    const city = buildFacetGroups(facets, filters, known).find((g) => g.name === "city")!;
    expect(city.values).toEqual([
      { label: "Saint-Etienne", count: 1, isSelected: true, href: "/cases?q=ai" },
      { label: "Lund", count: 2, isSelected: false, href: "/cases?q=ai&city=lund" },
    ]);
  });

  it("still lists a chosen value no case has, with its name, and offers to remove it", () => {
    const filters: CaseFilters = { city: "lund", facet: "mission", page: 1 };
    const groups = buildFacetGroups(empty, filters, known);
    expect(groups.find((g) => g.name === "facet")!.values).toEqual([{ label: "Mission-oriented", count: 0, isSelected: true, href: "/cases?city=lund" }]);
    expect(listActiveFilters(groups, filters)).toEqual([
      { title: "City", label: "Lund", removeHref: "/cases?facet=mission" },
      { title: "OPSI facet", label: "Mission-oriented", removeHref: "/cases?city=lund" },
    ]);
  });
});

describe("folding a long facet", () => {
  const links = (n: number, selected?: number) =>
    Array.from({ length: n }, (_, i) => ({ label: `City ${i}`, count: n - i, href: `/cases?city=c${i}`, isSelected: i === selected }));

  it("lists the most frequent values, the chosen one too, and folds the rest in order", () => {
    const { shown, folded } = foldFacetValues(links(834, 500), 10);
    expect(shown.map((v) => v.label)).toEqual([...Array.from({ length: 10 }, (_, i) => `City ${i}`), "City 500"]);
    expect(folded).toHaveLength(834 - 11);
    expect(folded[0]!.label).toBe("City 10");
    expect(folded.some((v) => v.isSelected)).toBe(false);
    expect([...shown, ...folded].map((v) => v.href).sort()).toEqual(links(834).map((v) => v.href).sort());
  });

  it("folds nothing when only one value would be folded", () => {
    expect(foldFacetValues(links(11), 10).folded).toEqual([]);
    expect(foldFacetValues(links(12), 10).folded).toHaveLength(2);
  });
});
