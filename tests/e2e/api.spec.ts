import { expect, test } from "@playwright/test";
import { caseDocumentSchema } from "@/lib/case/schema";
import { actorListSchema, actorSchema, bulkCasesSchema, caseListSchema, comparisonSchema, cityListSchema, policyAreaListSchema, recommendationListSchema } from "@/lib/api/schemas";
import { FEW_HITS } from "@/lib/search/corrected-words";
import { loadOpenApi } from "./openapi";

const SLUG = "saint-etienne-artificial-intelligence";
const LICENCE_LINK = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"';

test("the OpenAPI document describes every endpoint and states the licence", async ({ request }) => {
  const { document, validatorFor } = await loadOpenApi(request);
  // The validators check something: a body of the wrong shape fails them.
  expect(validatorFor("/api/v1/cases", 200)({ data: [] })).toBe(false);
  expect(validatorFor("/api/v1/cases/{slug}", 200)({ format: "ekip-case/1", slug: "Not A Slug" })).toBe(false);
  expect(document.openapi).toMatch(/^3\.1\./);
  expect(document.info.license).toEqual({ name: "Creative Commons Attribution 4.0 International (CC BY 4.0)", url: "https://creativecommons.org/licenses/by/4.0/" });
  for (const path of ["/api/v1/cases", "/api/v1/cases/{slug}", "/api/v1/cities", "/api/v1/policy-areas", "/api/v1/recommendations", "/api/v1/actors", "/api/v1/actors/{slug}", "/api/v1/bulk/cases.json", "/api/v1/bulk/inventory.csv"]) {
    expect(document.paths[path]?.get, path).toBeDefined();
  }
  type Parameter = { name: string; in: string; description?: string };
  const query = (path: string) => document.paths[path].get.parameters.filter((p: Parameter) => p.in === "query");
  expect(query("/api/v1/cases").map((p: Parameter) => [p.name, !!p.description])).toEqual(["q", "city", "country", "policyArea", "year", "facet", "stakeholder", "page"].map((name) => [name, true]));
  expect(query("/api/v1/recommendations").map((p: Parameter) => p.name)).toEqual(["q", "city", "country", "policyArea", "page"]);
  expect(query("/api/v1/actors").map((p: Parameter) => [p.name, !!p.description])).toEqual(["q", "facet", "city", "page"].map((name) => [name, true]));
  for (const path of ["/api/v1", "/api/v1/cases", "/api/v1/cases/{slug}", "/api/v1/cases/{slug}/versions/{version}", "/api/v1/cities", "/api/v1/policy-areas", "/api/v1/recommendations", "/api/v1/actors", "/api/v1/actors/{slug}", "/api/v1/openapi.json"]) {
    expect(document.paths[path].get.parameters.map((p: Parameter) => `${p.in} ${p.name}`), path).toContain("header If-None-Match");
    expect(Object.keys(document.paths[path].get.responses), path).toContain("304");
    expect(Object.keys(document.paths[path].get.responses[200].headers ?? {}), path).toEqual(expect.arrayContaining(["ETag", "Cache-Control", "Link", "Access-Control-Allow-Origin"]));
  }
});

test("every endpoint answers in the shape its OpenAPI schema and its zod schema give, with the licence", async ({ request }) => {
  const { expectDocumented } = await loadOpenApi(request);
  const endpoints = [
    ["/api/v1/cases", "/api/v1/cases", caseListSchema],
    ["/api/v1/cases?q=training&facet=adaptive&stakeholder=academia", "/api/v1/cases", caseListSchema],
    [`/api/v1/cases/${SLUG}`, "/api/v1/cases/{slug}", caseDocumentSchema],
    // The reading tests run before any edit: the delivered case is at its first version.
    [`/api/v1/cases/${SLUG}/versions/1`, "/api/v1/cases/{slug}/versions/{version}", caseDocumentSchema],
    ["/api/v1/cities", "/api/v1/cities", cityListSchema],
    ["/api/v1/policy-areas", "/api/v1/policy-areas", policyAreaListSchema],
    ["/api/v1/recommendations", "/api/v1/recommendations", recommendationListSchema],
    ["/api/v1/recommendations?q=network&country=fr", "/api/v1/recommendations", recommendationListSchema],
    ["/api/v1/actors", "/api/v1/actors", actorListSchema],
    ["/api/v1/actors?q=design&facet=adaptive", "/api/v1/actors", actorListSchema],
    ["/api/v1/actors/design-futures-alliance", "/api/v1/actors/{slug}", actorSchema],
    ["/api/v1/bulk/cases.json", "/api/v1/bulk/cases.json", bulkCasesSchema],
    [`/compare/export.json?cases=${SLUG},wierzbno-green-transition`, "/compare/export.json", comparisonSchema],
  ] as const;
  for (const [url, path, schema] of endpoints) {
    const response = await request.get(url);
    const body = await expectDocumented(response, path);
    expect(schema.safeParse(body).error?.issues ?? [], url).toEqual([]);
    expect(response.headers()["link"], url).toBe(LICENCE_LINK);
    expect(response.headers()["access-control-allow-origin"], url).toBe("*");
    expect(response.headers()["access-control-expose-headers"], url).toBe("Link, ETag");
  }
});

test("the list of cases is searched, filtered and paginated like /cases", async ({ request }) => {
  const all = caseListSchema.parse(await (await request.get("/api/v1/cases")).json());
  // The delivered case and the embedded demo's three sample cases.
  expect(all).toMatchObject({ total: 4, page: 1, pageSize: 20, links: { next: null, prev: null } });
  const saintEtienne = all.data.find((hit) => hit.slug === SLUG);
  expect(saintEtienne).toMatchObject({ cityName: "Saint-Etienne", snippet: null, isSample: false });
  expect(saintEtienne!.url).toMatch(new RegExp(`/cases/${SLUG}$`));
  expect(all.data.filter((hit) => hit.isSample)).toHaveLength(3);
  expect(all.license.spdx).toBe("CC-BY-4.0");
  expect(all.facets.city).toContainEqual({ value: "saint-etienne", label: "Saint-Etienne", count: 1 });

  const searched = caseListSchema.parse(await (await request.get("/api/v1/cases?q=ecole+superieure")).json());
  expect(searched.total).toBe(1);
  expect(searched.data[0]!.snippet?.some((part) => part.isMatch)).toBe(true);
  expect(searched.links.self).toMatch(/\/api\/v1\/cases\?q=ecole\+superieure$/);

  expect(caseListSchema.parse(await (await request.get("/api/v1/cases?city=lund")).json()).total).toBe(0);
  const secondResponse = await request.get("/api/v1/cases?page=2");
  const second = caseListSchema.parse(await secondResponse.json());
  expect(second).toMatchObject({ data: [], page: 2, total: 4, links: { next: null } });
  expect(second.links.prev).toMatch(/\/api\/v1\/cases$/);
  // The Link header names the other pages too (RFC 8288), beside the licence.
  expect(secondResponse.headers()["link"]).toBe(`${LICENCE_LINK}, <${second.links.prev}>; rel="prev"`);
});

test("cities, policy areas and recommendations list what the database holds", async ({ request }) => {
  const cities = cityListSchema.parse(await (await request.get("/api/v1/cities")).json());
  expect(cities.data.filter((c) => !c.isSample).map((c) => c.slug).sort()).toEqual(["bratislava", "kosice", "lund", "rotterdam", "saint-etienne"]);
  expect(cities.data.filter((c) => c.isSample).map((c) => c.slug).sort()).toEqual(["ballyvara", "porto-sereno", "wierzbno"]);
  expect(cities.data.find((c) => c.slug === "saint-etienne")).toMatchObject({ caseCount: 1, population: 172000 });
  const areas = policyAreaListSchema.parse(await (await request.get("/api/v1/policy-areas")).json());
  expect(areas.data).toContainEqual(expect.objectContaining({ slug: "artificial-intelligence", caseCount: 2 }));
  const recommendations = recommendationListSchema.parse(await (await request.get("/api/v1/recommendations?city=saint-etienne")).json());
  expect(recommendations.total).toBeGreaterThan(0);
  expect(recommendations.data.map((r) => r.title)).toContain("Create a regional network of AI experts");
});

test("the actors are the organisations /actors lists, each with every published case that names it", async ({ request, page }) => {
  const all = actorListSchema.parse(await (await request.get("/api/v1/actors")).json());
  await page.goto("/actors");
  await expect(page.getByRole("status")).toHaveText(`${all.total} actors in the published cases.`);
  expect(all.data.map((a) => a.url.replace(/^.*\/actors\//, "/actors/"))).toEqual(await page.locator("main li > p > a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))));
  const searched = actorListSchema.parse(await (await request.get("/api/v1/actors?q=design&facet=adaptive")).json());
  expect(searched.data.map((a) => a.slug)).toContain("design-futures-alliance");
  for (const actor of searched.data) expect(actor.facets, actor.slug).toContain("adaptive");
  expect(searched.links.self).toMatch(/\/api\/v1\/actors\?q=design&facet=adaptive$/);
  // A city's: those its published cases' inventories name.
  const ofCity = actorListSchema.parse(await (await request.get("/api/v1/actors?city=saint-etienne&facet=adaptive")).json());
  expect(ofCity.data.map((a) => a.slug)).toContain("usein");
  expect(ofCity.total).toBeLessThan(all.total);
  for (const actor of ofCity.data) expect(actor.cities.map((c) => c.slug), actor.slug).toContain("saint-etienne");
  expect(ofCity.links.self).toMatch(/\/api\/v1\/actors\?facet=adaptive&city=saint-etienne$/);

  const shared = actorSchema.parse(await (await request.get("/api/v1/actors/design-futures-alliance")).json());
  expect(shared.appearances.map((a) => [a.citySlug, a.cityName]).sort()).toEqual([["ballyvara", "Ballyvara"], ["porto-sereno", "Porto Sereno"]]);
  expect(shared.appearances.every((a) => a.isSample && a.caseUrl.endsWith(`/cases/${a.caseSlug}`) && a.caseApiUrl.endsWith(`/api/v1/cases/${a.caseSlug}`))).toBe(true);
  expect([shared.isSample, new URL(shared.url).pathname, new URL(shared.apiUrl).pathname]).toEqual([true, "/actors/design-futures-alliance", "/api/v1/actors/design-futures-alliance"]);
  // The list's summary and the organisation agree, and name the same cities.
  const summary = searched.data.find((a) => a.slug === shared.slug)!;
  expect(summary).toMatchObject({ caseCount: shared.appearances.length, facets: shared.facets, isSample: shared.isSample });
  expect(summary.cities).toEqual(shared.appearances.map((a) => ({ slug: a.citySlug, name: a.cityName })).sort((a, b) => a.name.localeCompare(b.name)));
  // Each city is one the API lists.
  const cities = cityListSchema.parse(await (await request.get("/api/v1/cities")).json()).data.map((c) => c.slug);
  for (const actor of all.data) for (const city of actor.cities) expect(cities, actor.slug).toContain(city.slug);
});

test("the API answers other methods than GET, and an unknown bulk file, in JSON", async ({ request }) => {
  for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
    for (const path of ["/api/v1", "/api/v1/cases", "/api/v1/cases/saint-etienne-artificial-intelligence", "/api/v1/nope"]) {
      const response = await request.fetch(path, { method, data: "{}" });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
      // Like every answer of the API: readable from any origin, with the licence, typed as UTF-8 JSON.
      expect(response.headers()).toMatchObject({ "access-control-allow-origin": "*", link: LICENCE_LINK, "content-type": "application/json; charset=utf-8" });
      expect((await response.json()).error.message).toBe(`The API only reads: ${method} is not allowed, use GET (see /api/v1/openapi.json).`);
    }
  }
  const bulk = await request.get("/api/v1/bulk/nope.csv");
  expect(bulk.status()).toBe(404);
  expect((await bulk.json()).error.message).toMatch(/^There is no bulk download "nope.csv": there are .*cases\.json\.$/);
});

test("a bad or unknown query parameter is answered 400, naming the parameter", async ({ request }) => {
  const { expectDocumented } = await loadOpenApi(request);
  const refused = [
    ["/api/v1/cases?year=abc", "/api/v1/cases", "year", "year: a year such as 2024"],
    ["/api/v1/cases?facet=visionary", "/api/v1/cases", "facet", "facet: one of enhancement, mission, adaptive, anticipatory"],
    ["/api/v1/cases?stakeholder=xyz", "/api/v1/cases", "stakeholder", null],
    ["/api/v1/cases?page=0", "/api/v1/cases", "page", null],
    ["/api/v1/cases?country=France", "/api/v1/cases", "country", "country: an ISO 3166-1 alpha-2 code such as FR"],
    ["/api/v1/cases?citty=lund", "/api/v1/cases", "citty", null],
    ["/api/v1/recommendations?city=Saint%20Etienne", "/api/v1/recommendations", "city", null],
    ["/api/v1/recommendations?year=2024", "/api/v1/recommendations", "year", null],
    ["/api/v1/cities?page=2", "/api/v1/cities", "page", null],
    ["/api/v1/policy-areas?q=ai", "/api/v1/policy-areas", "q", null],
    ["/api/v1/actors?country=se", "/api/v1/actors", "country", "country: not a parameter of this address (this address takes q, facet, city, page)"],
    ["/api/v1/actors?city=Saint%20Etienne", "/api/v1/actors", "city", null],
    ["/api/v1/actors?facet=visionary", "/api/v1/actors", "facet", "facet: one of enhancement, mission, adaptive, anticipatory"],
    ["/api/v1/actors/anct?x=1", "/api/v1/actors/{slug}", "x", null],
    ["/api/v1/actors/Not_A_Slug", "/api/v1/actors/{slug}", "slug", null],
    ["/api/v1/cases?city=saint-etienne&city=lund", "/api/v1/cases", "city", "city: given more than once; give one value"],
    ["/api/v1/cases/saint-etienne-artificial-intelligence?format=xml", "/api/v1/cases/{slug}", "format", null],
    ["/api/v1/bulk/cases.json?since=2024", "/api/v1/bulk/cases.json", "since", null],
    ["/api/v1/bulk/inventory.csv?sep=tab", "/api/v1/bulk/inventory.csv", "sep", null],
    // Whole numbers are digits only: a number's other spellings would be read as another number (1e2 as 100).
    ["/api/v1/cases?year=2025.0", "/api/v1/cases", "year", "year: a year such as 2024"],
    ["/api/v1/cases?page=1e2", "/api/v1/cases", "page", "page: a page number"],
    ["/api/v1/recommendations?page=%2B2", "/api/v1/recommendations", "page", "page: a page number"],
    // Latin-1's é: not read as "�".
    ["/api/v1/cases?q=caf%E9", "/api/v1/cases", "q", "q: holds “\uFFFD”, which stands for bytes that were not UTF-8 (an address writes é as %C3%A9, not %E9), or for a letter lost before the words were copied: leave it out"],
    ["/api/v1/recommendations?q=%E9", "/api/v1/recommendations", "q", null],
    // A slug no case can have is a bad request, as described, not an unknown case; and is not quoted back.
    ["/api/v1/cases/SAINT-ETIENNE-ARTIFICIAL-INTELLIGENCE", "/api/v1/cases/{slug}", "slug", "slug: use lower-case letters, digits and single hyphens"],
    [`/api/v1/cases/${"a".repeat(5000)}`, "/api/v1/cases/{slug}", "slug", "slug: use at most 120 characters"],
    // A version has one address: its number in digits, without a leading zero.
    [`/api/v1/cases/${SLUG}/versions/01`, "/api/v1/cases/{slug}/versions/{version}", "version", "version: use a whole number from 1, in digits, without a leading zero"],
    [`/api/v1/cases/${SLUG}/versions/2147483648`, "/api/v1/cases/{slug}/versions/{version}", "version", "version: use a whole number up to 2,147,483,647"],
    [`/api/v1/cases/${SLUG}/versions/1?x=1`, "/api/v1/cases/{slug}/versions/{version}", "x", null],
  ] as const;
  for (const [url, path, parameter, message] of refused) {
    const response = await request.get(url);
    const body = (await expectDocumented(response, path, 400)) as { error: { parameter: string; message: string } };
    expect(body.error.parameter, url).toBe(parameter);
    expect(body.error.message, url).toMatch(new RegExp(`^${parameter}: `));
    if (message) expect(body.error.message).toBe(message);
    expect(response.headers()["link"]).toBe(LICENCE_LINK);
  }
});

test("a search of only very common words finds nothing and says why, as the pages do", async ({ request }) => {
  const { expectDocumented } = await loadOpenApi(request);
  for (const [url, path, words] of [["/api/v1/cases?q=the+and", "/api/v1/cases", "the and"], ["/api/v1/recommendations?q=of+the", "/api/v1/recommendations", "of the"]] as const) {
    const body = (await expectDocumented(await request.get(url), path, 200)) as { total: number; notice?: string };
    expect(body.total, url).toBe(0);
    expect(body.notice, url).toBe(`“${words}” leaves nothing to search for: very common words such as “the” or “and”, and punctuation, are left out of every search. Try more specific words.`);
  }
  const found = (await (await request.get("/api/v1/cases?q=the+training")).json()) as { total: number; notice?: string };
  expect(found.total).toBeGreaterThan(0);
  expect(found.notice).toBeUndefined();
});

test("a search that found little offers other searches, as the pages do, with their addresses; one that found enough none", async ({ request }) => {
  const { expectDocumented } = await loadOpenApi(request);
  const offered = async (url: string, path: string) => ((await expectDocumented(await request.get(url), path, 200)) as { suggestions?: unknown }).suggestions;
  expect(await offered("/api/v1/cases?q=Innovaton&country=fr", "/api/v1/cases")).toEqual([
    { kind: "corrected", q: "Innovation", filtersKept: true, url: expect.stringMatching(/\/api\/v1\/cases\?q=Innovation&country=FR$/) },
  ]);
  expect(await offered("/api/v1/cases?q=videoformes+ballyvara", "/api/v1/cases")).toEqual([
    { kind: "anyWord", q: "videoformes OR ballyvara", filtersKept: true, url: expect.stringMatching(/\/api\/v1\/cases\?q=videoformes\+OR\+ballyvara$/) },
  ]);
  for (const country of ["", "&country=FR"]) {
    expect(await offered(`/api/v1/recommendations?q=poolling+resources${country}`, "/api/v1/recommendations")).toEqual([
      { kind: "corrected", q: "pooling resources", filtersKept: true, url: expect.stringMatching(new RegExp(`/api/v1/recommendations\\?q=pooling\\+resources${country}$`)) },
    ]);
  }
  // No Polish recommendation pools resources: the correction is offered without the filter, and says so.
  expect(await offered("/api/v1/recommendations?q=poolling+resources&country=pl", "/api/v1/recommendations")).toEqual([
    { kind: "corrected", q: "pooling resources", filtersKept: false, url: expect.stringMatching(/\/api\/v1\/recommendations\?q=pooling\+resources$/) },
  ]);
  expect(await offered("/api/v1/cases?q=zzyzzx", "/api/v1/cases"), "nothing published is like it").toBeUndefined();
  const enough = (await (await request.get("/api/v1/cases?q=innovation")).json()) as { total: number; suggestions?: unknown };
  expect(enough.total).toBeGreaterThanOrEqual(FEW_HITS);
  expect(enough.suggestions).toBeUndefined();
});

test("an unknown case slug, or a version readers never could read, is answered 404 in JSON (an impossible one 400, above)", async ({ request }) => {
  const { expectDocumented } = await loadOpenApi(request);
  for (const url of ["/api/v1/cases/atlantis-artificial-intelligence", "/api/v1/cases/no-such-case"]) {
    const body = (await expectDocumented(await request.get(url), "/api/v1/cases/{slug}", 404)) as { error: { message: string } };
    expect(body.error.message).toMatch(/No published case/);
  }
  const version = (await expectDocumented(await request.get(`/api/v1/cases/${SLUG}/versions/2`), "/api/v1/cases/{slug}/versions/{version}", 404)) as { error: { message: string } };
  expect(version.error.message).toBe(`The case "${SLUG}" has no version 2 that readers could read: only versions published are.`);
  const noCase = (await expectDocumented(await request.get("/api/v1/cases/no-such-case/versions/1"), "/api/v1/cases/{slug}/versions/{version}", 404)) as { error: { message: string } };
  expect(noCase.error.message).toMatch(/No published case/);
  expect((await request.get("/api/v1/bulk/actors.csv")).status()).toBe(404);
  const actor = (await expectDocumented(await request.get("/api/v1/actors/no-such-organisation"), "/api/v1/actors/{slug}", 404)) as { error: { message: string } };
  expect(actor.error.message).toBe('No published case names an organisation with the slug "no-such-organisation".');
});

test("the bulk CSV tables hold every published case, joined on case_slug", async ({ request }) => {
  const headers = {
    cases: "case_slug,title,focus,workshop_date,updated_at,version,city_slug,city,country_code,country,population,policy_area_slug,policy_area,portfolio_title,portfolio_coordinator,sample",
    inventory: "case_slug,actor,actor_slug,area_of_expertise,target_group,facets,innovation_note,is_resource",
    findings: "case_slug,part,kind,number,title,body",
    stakeholders: "case_slug,category,name,actor_slug",
    participants: "case_slug,name,actor_slug",
  };
  for (const [table, header] of Object.entries(headers)) {
    const response = await request.get(`/api/v1/bulk/${table}.csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="ekip-${table}.csv"`);
    expect(response.headers()["link"]).toBe(LICENCE_LINK);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(header);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => line.startsWith(`${SLUG},`))).toBe(true);
  }
  const inventory = await (await request.get("/api/v1/bulk/inventory.csv")).text();
  expect(inventory.trimEnd().split("\r\n").filter((line) => line.startsWith(`${SLUG},`))).toHaveLength(26);
});

test("/api/v1 says where each part of the API is, every address of it answering", async ({ request }) => {
  const { expectDocumented } = await loadOpenApi(request);
  const root = (await expectDocumented(await request.get("/api/v1"), "/api/v1", 200)) as { openapi: string; links: Record<string, string> };
  for (const address of [root.openapi, ...Object.values(root.links)]) expect((await request.get(new URL(address).pathname)).status(), address).toBe(200);
  expect((await request.get("/api/v1?x=1")).status()).toBe(400);
});

test("an address the API does not have is a JSON 404 (405 for a write) that points to the API's description", async ({ request }) => {
  for (const path of ["/api/v1/nope", "/api/v1/cases/saint-etienne-artificial-intelligence/extra", "/api/v1/cities/lund/cases"]) {
    for (const method of ["get", "post", "delete"] as const) {
      const response = await request[method](path);
      expect(response.status(), `${method} ${path}`).toBe(method === "get" ? 404 : 405);
      expect(response.headers()["content-type"], path).toMatch(/^application\/json/);
      expect((await response.json()).error.message, path).toContain("/api/v1/openapi.json");
    }
  }
});

test("another website's script may read the API with headers of its own: the browser's preflight is answered", async ({ request }) => {
  // (A browser test would need a second site outside the loopback address space, which Chromium guards.)
  const preflight = (path: string, method: string) =>
    request.fetch(path, { method: "OPTIONS", headers: { origin: "https://example.org", "access-control-request-method": method, "access-control-request-headers": "x-requested-with" } });
  const api = await preflight("/api/v1/cases", "GET");
  expect(api.status()).toBe(204);
  expect(api.headers()).toMatchObject({ "access-control-allow-origin": "*", "access-control-allow-methods": "GET, HEAD", "access-control-allow-headers": "x-requested-with" });
  expect(api.headers()["set-cookie"]).toBeUndefined();
  const read = await request.get("/api/v1/cases", { headers: { origin: "https://example.org", "x-requested-with": "fetch" } });
  expect(read.status()).toBe(200);
  expect(read.headers()["access-control-allow-origin"]).toBe("*");
  // The licence and the validator too: a script sees only the headers it is told it may.
  expect(read.headers()["access-control-expose-headers"]).toBe("Link, ETag");
  // Reads only, and not of the signed-in pages.
  expect((await preflight("/api/v1/cases", "POST")).headers()["access-control-allow-origin"]).toBeUndefined();
  expect((await preflight("/edit", "GET")).headers()["access-control-allow-origin"]).toBeUndefined();
});

test("an address with a trailing slash is sent to its own, readable from any origin where the API's answers are", async ({ request }) => {
  for (const [path, to, cors] of [["/api/v1/cases/?city=lund", "/api/v1/cases?city=lund", "*"], ["/cases/", "/cases", undefined]] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    const location = new URL(response.headers().location!, "http://localhost");
    expect(`${location.pathname}${location.search}`, path).toBe(to);
    expect(response.headers()["access-control-allow-origin"], path).toBe(cors);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test("the bulk files, a case's and a comparison's downloads and the feed name their content with an ETag: asked again with it, 304 without a body until the content changes", async ({ request }) => {
  const { expectDeclaredHeaders } = await loadOpenApi(request);
  // A case's downloads carry the day in their tag (below): a run straddling midnight (UTC) would see two tags.
  const toMidnight = 86_400_000 - (Date.now() % 86_400_000);
  if (toMidnight < 60_000) {
    test.setTimeout(120_000);
    await new Promise((resolve) => setTimeout(resolve, toMidnight + 1_000));
  }
  const slug = "saint-etienne-artificial-intelligence";
  const files = ["export.json", "export.md", "inventory.csv", "cite.bib", "cite.json"].map((file) => `/cases/${slug}/${file}`);
  const compared = ["json", "csv"].map((type) => `/compare/export.${type}?cases=${slug},ballyvara-artificial-intelligence`);
  for (const path of ["/api/v1/bulk/cases.json", "/api/v1/bulk/inventory.csv", ...files, ...compared, "/feed.xml"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    // Each carries the headers the OpenAPI document declares for it (the feed is not in it).
    const documented = path.replace(slug, "{slug}").replace(/\?.*$/, "");
    if (documented !== "/feed.xml") expectDeclaredHeaders(first, documented, 200);
    const etag = first.headers()["etag"]!;
    expect(etag, path).toMatch(/^W\/"\d+-[0-9a-z.]+"$/);
    expect(first.headers()["cache-control"], path).toBe("public, no-cache");
    const again = await request.get(path, { headers: { "if-none-match": etag } });
    expect(again.status(), path).toBe(304);
    if (documented !== "/feed.xml") expectDeclaredHeaders(again, documented, 304);
    expect((await again.body()).length, path).toBe(0);
    expect(again.headers()["etag"], path).toBe(etag);
    expect(again.headers()["access-control-allow-origin"], path).toBe("*");
    // Another content's tag, or the same content's in an older layout of the file: the whole file.
    const older = await request.get(path, { headers: { "if-none-match": `W/"1.0", ${etag.replace(/"\d+-/, '"1-')}` } });
    expect(older.status(), path).toBe(200);
    expect((await older.body()).length, path).toBe((await first.body()).length);
    // A case's downloads give the day they were read (a reference's "accessed"): their tag holds it, so tomorrow's is another.
    expect(etag.endsWith(`.${new Date().toISOString().slice(0, 10).replaceAll("-", "")}"`), path).toBe(files.includes(path));
    // A case or comparison that does not exist is no file the client can hold: 404, whatever tag it sends.
    const missing = path.replace(slug, "no-such-case").replace("ballyvara-artificial-intelligence", "no-such-case-either");
    if (missing !== path) {
      for (const tag of [etag, "*"]) expect((await request.get(missing, { headers: { "if-none-match": tag } })).status(), `${missing} ${tag}`).toBe(404);
    }
  }
});


test("every answer of the API names its body with an ETag: asked again with it, 304 without a body, kept by the page cache or not", async ({ request }) => {
  const paths = ["/api/v1", "/api/v1/cases?q=design", "/api/v1/cases/saint-etienne-artificial-intelligence", "/api/v1/cases/saint-etienne-artificial-intelligence/versions/1", "/api/v1/cities", "/api/v1/policy-areas", "/api/v1/recommendations?q=funding", "/api/v1/openapi.json"];
  // A session cookie, though not a valid one, takes a request past the page cache to the route itself.
  for (const past of [{}, { cookie: "authjs.session-token=not-a-session" }] as Record<string, string>[]) {
    for (const path of paths) {
      const first = await request.get(path, { headers: past });
      expect(first.status(), path).toBe(200);
      const etag = first.headers()["etag"]!;
      expect(etag, path).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
      expect(first.headers()["cache-control"], path).toBe("public, no-cache");
      const again = await request.get(path, { headers: { ...past, "if-none-match": etag } });
      expect([again.status(), (await again.body()).length, again.headers()["etag"]], path).toEqual([304, 0, etag]);
      expect(again.headers()["access-control-allow-origin"], path).toBe("*");
      const other = await request.get(path, { headers: { ...past, "if-none-match": 'W/"some-older-answer"' } });
      expect([other.status(), (await other.body()).length], path).toEqual([200, (await first.body()).length]);
    }
  }
  expect((await request.get("/api/v1/cities")).headers()["etag"]).not.toBe((await request.get("/api/v1/policy-areas")).headers()["etag"]);
});
