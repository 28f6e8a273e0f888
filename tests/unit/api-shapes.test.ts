import { describe, expect, it } from "vitest";
import { caseListBody, recommendationListBody } from "@/lib/api/bodies";
import { pageLinks } from "@/lib/api/links";
import { openApiDocument } from "@/lib/api/openapi";
import { toSnippetParts } from "@/lib/api/snippet";
import { MARK_END, MARK_START } from "@/db/search";
import { parseParams } from "@/lib/search/query-params";
import { caseFiltersSchema } from "@/lib/search/case-filters";
import { caseDocumentSchema } from "@/lib/case/schema";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";
import { caseListSchema, noQuerySchema, recommendationListSchema } from "@/lib/api/schemas";
import { recommendationFiltersSchema } from "@/lib/search/recommendation-filters";
import { SITE_URL } from "@/lib/site";

describe("pages of API results", () => {
  it("link their neighbours, keeping the filters and leaving page 1 unnumbered", () => {
    expect(pageLinks("/api/v1/cases", { q: "design", city: undefined, page: 2 }, { pageSize: 20, total: 45 })).toEqual({
      self: `${SITE_URL}/api/v1/cases?q=design&page=2`,
      next: `${SITE_URL}/api/v1/cases?q=design&page=3`,
      prev: `${SITE_URL}/api/v1/cases?q=design`,
    });
    expect(pageLinks("/api/v1/cases", { page: 1 }, { pageSize: 20, total: 0 })).toEqual({
      self: `${SITE_URL}/api/v1/cases`, next: null, prev: null,
    });
  });

  it("past the last page point back to the last page", () => {
    expect(pageLinks("/api/v1/cases", { page: 9 }, { pageSize: 20, total: 45 }).prev).toBe(`${SITE_URL}/api/v1/cases?page=3`);
  });
});

describe("snippets", () => {
  it("become parts that say which text matched", () => {
    expect(toSnippetParts(`a regional ${MARK_START}network${MARK_END} of ${MARK_START}AI${MARK_END}`)).toEqual([
      { text: "a regional ", isMatch: false }, { text: "network", isMatch: true }, { text: " of ", isMatch: false }, { text: "AI", isMatch: true },
    ]);
    expect(toSnippetParts(null)).toBeNull();
  });
});

describe("query parameters of the API", () => {
  it("an unknown parameter is refused by name", () => {
    expect(parseParams(caseFiltersSchema, new URLSearchParams("citty=lund"))).toEqual({
      ok: false,
      error: { parameter: "citty", message: "citty: not a parameter of this address (this address takes q, city, country, policyArea, year, facet, stakeholder, page)" },
    });
    expect(parseParams(noQuerySchema, new URLSearchParams("page=2"))).toMatchObject({ ok: false, error: { parameter: "page" } });
    // A NUL is refused, not dropped: "2024%00" is not 2024, and "%00" alone is not an empty value.
    for (const query of ["year=2024%00", "city=%00", "q=fund%00ing"]) {
      expect(parseParams(caseFiltersSchema, new URLSearchParams(query)), query).toEqual({ ok: false, error: { parameter: query.split("=")[0], message: `${query.split("=")[0]}: holds a NUL character (%00), which no value of any parameter has` } });
    }
    expect(parseParams(noQuerySchema, new URLSearchParams("city=%00"))).toMatchObject({ ok: false, error: { parameter: "city" } });
    expect(parseParams(caseFiltersSchema, new URLSearchParams("city=lund&q=ai&city=gent"))).toEqual({
      ok: false, error: { parameter: "city", message: "city: given more than once; give one value" },
    });
    expect(parseParams(caseFiltersSchema, new URLSearchParams("city=lund&city="))).toMatchObject({ ok: true, value: { city: "lund" } });
    expect(parseParams(caseFiltersSchema, new URLSearchParams("city=&city=lund"))).toMatchObject({ ok: true, value: { city: "lund" } });
  });
});

describe("the years of workshops", () => {
  it("are the same for a case and for the year filter, so that every year the filter lists can be chosen", () => {
    const delivered = parseFile(DELIVERED_CASE);
    const dated = (workshopDate: string) => caseDocumentSchema.safeParse({ ...delivered, workshopDate });
    for (const [date, year, fits] of [["0000-06-01", 0, false], ["0001-06-01", 1, true], ["1985-05-01", 1985, true], ["9999-12-31", 9999, true]] as const) {
      expect(dated(date).success, date).toBe(fits);
      expect(parseParams(caseFiltersSchema, new URLSearchParams(`year=${year}`)).ok, date).toBe(fits);
    }
    expect(parseParams(caseFiltersSchema, new URLSearchParams("year=10000"))).toMatchObject({ ok: false, error: { message: "year: a year such as 2024" } });
  });
});

describe("the API's description of whole-number parameters", () => {
  it("calls them integers with their range and default, though the address's digits are what is checked", () => {
    const parameters = (openApiDocument() as unknown as { paths: Record<string, { get: { parameters: Array<{ name: string; schema: unknown }> } }> }).paths["/api/v1/cases"]!.get.parameters;
    const schemaOf = (name: string) => parameters.find((p) => p.name === name)!.schema;
    expect(schemaOf("page")).toMatchObject({ type: "integer", minimum: 1, maximum: 10_000, default: 1 });
    expect(schemaOf("page")).not.toHaveProperty("pattern");
    expect(schemaOf("year")).toMatchObject({ type: "integer", minimum: 1, maximum: 9999 });
  });
});

describe("other searches in the API's answers", () => {
  const none = { total: 0, page: 1, hits: [], items: [] };
  const cases = { ...none, pageSize: 20, facets: { city: [], country: [], policyArea: [], year: [], facet: [], stakeholder: [] } };
  const recommendations = { ...none, pageSize: 50, options: { city: [], country: [], policyArea: [] } };

  it("are each a search's words and its address, the other filters kept, from the first page", () => {
    const filters = caseFiltersSchema.parse({ q: "innovaton ballyvara", country: "fr", page: "2" });
    const body = caseListBody(cases, filters, { otherSearches: { corrected: "innovation ballyvara", anyWord: "innovaton OR ballyvara" } });
    expect(body.suggestions).toEqual([
      { kind: "corrected", q: "innovation ballyvara", filtersKept: true, url: `${SITE_URL}/api/v1/cases?q=innovation+ballyvara&country=FR` },
      { kind: "anyWord", q: "innovaton OR ballyvara", filtersKept: true, url: `${SITE_URL}/api/v1/cases?q=innovaton+OR+ballyvara&country=FR` },
    ]);
    expect(caseListSchema.parse(body)).toEqual(body);
    const recommended = recommendationListBody(recommendations, recommendationFiltersSchema.parse({ q: "poolling" }), { otherSearches: { corrected: "pooling" } });
    expect(recommendationListSchema.parse(recommended).suggestions).toEqual([{ kind: "corrected", q: "pooling", filtersKept: true, url: `${SITE_URL}/api/v1/recommendations?q=pooling` }]);
  });

  it("say when a correction finds nothing with the filters chosen, and is offered without them", () => {
    const filters = caseFiltersSchema.parse({ q: "innovaton", city: "lund", stakeholder: "academia" });
    expect(caseListBody(cases, filters, { otherSearches: { correctedInAll: "innovation" } }).suggestions).toEqual([
      { kind: "corrected", q: "innovation", filtersKept: false, url: `${SITE_URL}/api/v1/cases?q=innovation` },
    ]);
  });

  it("are left out when there are none, as the notice is", () => {
    const body = caseListBody(cases, caseFiltersSchema.parse({ q: "training" }), { otherSearches: {} });
    expect(body).not.toHaveProperty("suggestions");
    expect(body).not.toHaveProperty("notice");
  });
});
