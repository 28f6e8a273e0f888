import { expect, test } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { caseDocumentSchema } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { loadOpenApi } from "./openapi";

const SLUG = "saint-etienne-artificial-intelligence";
const CASE = `/cases/${SLUG}`;

test("the Markdown export imports back to the same case as the JSON export", async ({ request }) => {
  const markdown = await request.get(`${CASE}/export.md`);
  expect(markdown.status()).toBe(200);
  expect(markdown.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(markdown.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.md"`);

  const { expectDocumented } = await loadOpenApi(request);
  const json = await request.get(`${CASE}/export.json`);
  expect(json.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.json"`);
  const exported = caseDocumentSchema.parse(await expectDocumented(json, "/cases/{slug}/export.json"));
  expect(exported).toMatchObject({ format: "ekip-case/1", slug: SLUG, status: "published" });

  // A saved file keeps none of the response's headers: its front matter says where it came from and its licence.
  const file = await markdown.text();
  const about = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(file)?.[1] ?? "");
  expect(about).toMatchObject({ version: exported.version, license: "CC-BY-4.0", cite_as: expect.stringContaining(`/cases/${SLUG}/versions/${exported.version} (accessed `) });
  expect(about.source).toMatch(new RegExp(`^https?://[^/]+/cases/${SLUG}$`));
  expect(about.editors_note).toBe(exported.editorsNote);
  expect(exported.editorsNote).toContain("Košice");
  // And in the text, for people who open the file: a quotation the importer skips.
  expect(file).toContain(`\n---\n\n> **Note from ekip’s editors:**\n>\n> ${exported.editorsNote.split("\n")[0]}`);

  const reimported = parseCaseDocument(file);
  if (!reimported.ok) throw new Error(reimported.error);
  const { status: _status, version: _version, updatedAt: _updatedAt, publishedAt: _publishedAt, ...stored } = exported;
  // The editors' note is ekip's, not the document's: the front matter tells it, and the importer leaves it out.
  expect(reimported.case).toEqual({ ...stored, editorsNote: "" });

  expect(await (await request.get(`/api/v1/cases/${SLUG}`)).json()).toEqual(exported);
});

test("the inventory CSV has a header and a line for each of the 26 actors and resources", async ({ request }) => {
  const response = await request.get(`${CASE}/inventory.csv`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}-inventory.csv"`);
  const lines = (await response.text()).trimEnd().split("\r\n");
  expect(lines).toHaveLength(27);
  expect(lines[0]).toBe("actor,actor_slug,area_of_expertise,target_group,facets,innovation_note,is_resource,sample");
  expect(lines[1]).toBe(`USE'IN,usein,Local incubator,"Students, SME's, startups",enhancement;adaptive,High level on innovation,false,false`);
  expect(lines.find((l) => l.startsWith("Mission French Touch"))).toMatch(/,true,false$/);
  const sample = (await (await request.get("/cases/porto-sereno-new-european-bauhaus/inventory.csv")).text()).trimEnd().split("\r\n");
  expect(sample.length).toBeGreaterThan(1);
  expect(sample.slice(1).every((line) => line.endsWith(",true"))).toBe(true);
});

test("the citation downloads are BibTeX and CSL-JSON pointing at the version they cite, on the port served when PUBLIC_URL is not set", async ({ request, baseURL }) => {
  const { version } = await (await request.get(`${CASE}/export.json`)).json();
  const permalink = `http://localhost:${new URL(baseURL!).port}${CASE}/versions/${version}`;
  const bib = await request.get(`${CASE}/cite.bib`);
  expect(bib.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
  expect(bib.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.bib"`);
  const entry = await bib.text();
  expect(entry).toMatch(/^@misc\{ekip-saint-etienne-artificial-intelligence-\d{4},/);
  expect(entry).toContain("title = {{City Case Description: Saint-Etienne -- Artificial Intelligence}}");
  expect(entry).toContain(`url = {${permalink}}`);

  const csl = await request.get(`${CASE}/cite.json`);
  expect(csl.headers()["content-type"]).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
  expect(csl.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.csl.json"`);
  const [item, ...rest] = await csl.json();
  expect(rest).toEqual([]);
  expect(item).toMatchObject({ id: SLUG, type: "report", author: [{ literal: "ekip partnership" }], publisher: "ekip Knowledge Bank" });
  expect(item.URL).toBe(permalink);
});

test("the downloads of an unknown case are answered 404, in JSON for JSON", async ({ request }) => {
  for (const file of ["export.md", "inventory.csv", "cite.bib", "export.json", "cite.json"]) {
    const response = await request.get(`/cases/atlantis-artificial-intelligence/${file}`);
    expect(response.status(), file).toBe(404);
    if (file.endsWith(".json")) expect((await response.json()).error.message).toMatch(/No published case/);
  }
});

test("the downloads of a case refuse a query parameter and a slug that cannot be one, naming it, as the API does", async ({ request }) => {
  const answer = async (path: string, file: string) => {
    const response = await request.get(`/cases/${path}`);
    expect(response.status(), path).toBe(400);
    expect(response.headers()["access-control-allow-origin"], path).toBe("*");
    return file.endsWith(".json") ? (await response.json()).error.message : await response.text();
  };
  for (const file of ["export.md", "inventory.csv", "cite.bib", "export.json", "cite.json"]) {
    expect(await answer(`${SLUG}/${file}?format=x`, file)).toMatch(/^format: not a parameter of this address \(this address takes none\)/);
    // A campaign's tags, which a link shared in a newsletter gains, are passed over, as the pages pass over them.
    expect((await request.get(`/cases/${SLUG}/${file}?utm_source=newsletter&utm_medium=email&fbclid=abc`)).status(), file).toBe(200);
    // A NUL or 500 characters are not echoed back: the slug is refused before it is quoted.
    const refused = await answer(`${SLUG}%00/${file}`, file);
    expect(refused).toMatch(/^slug: use lower-case letters, digits and single hyphens/);
    expect(refused).not.toContain("\0");
    expect(await answer(`${"a".repeat(500)}/${file}`, file)).toMatch(/^slug: use at most 120 characters/);
  }
  const openApi = await request.get("/api/v1/openapi.json?v=3");
  expect(openApi.status()).toBe(400);
  expect((await openApi.json()).error.parameter).toBe("v");
});

test("the feed, the sitemap and robots.txt answer with their types and point at the case", async ({ request }) => {
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(feed.headers()["access-control-allow-origin"]).toBe("*");
  expect(feed.headers()["access-control-expose-headers"]).toBe("Link, ETag");
  const atom = await feed.text();
  expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(atom).toMatch(new RegExp(`<id>https?://[^<]+${CASE}</id>`));

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.headers()["content-type"]).toMatch(/^application\/xml/);
  const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(urls).toEqual(expect.arrayContaining(["/", "/cases", CASE, "/cities", "/cities/saint-etienne", "/cities/lund", "/policy-areas", "/policy-areas/artificial-intelligence", "/recommendations", "/actors/usein", "/actors/city-of-saint-etienne"]));

  const robots = await request.get("/robots.txt");
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const text = await robots.text();
  expect(text).toMatch(/User-Agent: \*\nAllow: \//);
  expect(text).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

test("a reader who is not signed in is set no cookie, by pages, files, the feed or the API", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const paths = ["/", "/cases?q=culture", CASE, `${CASE}/cite.bib`, `${CASE}/cite.json`, `${CASE}/export.json`, `${CASE}/inventory.csv`, "/feed.xml", "/sitemap.xml", "/robots.txt",
    "/recommendations", "/api/v1/cases", "/api/v1/openapi.json", "/api/health", "/api/session", "/no-such-page"];
  for (const path of paths) expect((await request.get(path)).headers()["set-cookie"], path).toBeUndefined();
  // A signed-in page still sends whoever is not signed in to sign in.
  const edit = await request.get("/edit", { maxRedirects: 0 });
  expect(edit.status()).toBe(307);
  expect(edit.headers()["location"]).toContain("/sign-in?next=%2Fedit");
  await request.dispose();
});

test("a page or file asked with a method it does not take is answered 405, saying which it takes", async ({ request }) => {
  const cases: Array<[string, string, string]> = [
    ["DELETE", "/cases", "GET, HEAD, POST"], ["PUT", `${CASE}`, "GET, HEAD, POST"], ["PATCH", "/compare", "GET, HEAD, POST"],
    ["POST", `${CASE}/cite.bib`, "GET, HEAD"], ["DELETE", "/feed.xml", "GET, HEAD"], ["POST", "/compare/export.csv", "GET, HEAD"],
  ];
  for (const [method, path, allow] of cases) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers()["allow"], `${method} ${path}`).toBe(allow);
    expect(await response.text(), `${method} ${path}`).toBe(`${method} is not allowed here: this address takes ${allow}.\n`);
  }
  // In JSON where the answer would be JSON: a .json file and the health check, which had no Allow.
  for (const [method, path] of [["POST", `${CASE}/export.json`], ["PUT", "/compare/export.json"], ["POST", "/api/health"], ["DELETE", "/api/session"]] as const) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect([response.status(), response.headers()["allow"], response.headers()["access-control-allow-origin"]], `${method} ${path}`).toEqual([405, "GET, HEAD", "*"]);
    expect(await response.json(), `${method} ${path}`).toEqual({ error: { message: `${method} is not allowed here: this address takes GET, HEAD.` } });
  }
  // A plain OPTIONS (no browser's preflight) is told the same, without a body.
  const options = await request.fetch("/cases", { method: "OPTIONS" });
  expect([options.status(), options.headers()["allow"]]).toEqual([204, "GET, HEAD, POST"]);
});

