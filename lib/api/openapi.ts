import { z } from "zod";
import { CSV_FORMULA_NOTE } from "../case/csv";
import { CSV_TABLES, CSV_TABLE_NAMES } from "../case/csv-tables";
import { CASE_INVENTORY_COLUMNS } from "../case/inventory-csv";
import { actorApiFiltersSchema } from "../actors/actor-filters";
import { addressNumberSchema, caseDocumentSchema, slugSchema } from "../case/schema";
import { caseFiltersSchema } from "../search/case-filters";
import { recommendationFiltersSchema } from "../search/recommendation-filters";
import { CONTENT_LICENCE, SITE_NAME, SITE_URL } from "../site";
import * as api from "./schemas";

/** Component name → schema: each becomes `#/components/schemas/{name}`, and nested uses of it refer there. */
const COMPONENTS = {
  CaseDocument: caseDocumentSchema,
  CaseList: api.caseListSchema,
  CaseHit: api.caseHitSchema,
  CityList: api.cityListSchema,
  City: api.citySchema,
  PolicyAreaList: api.policyAreaListSchema,
  PolicyArea: api.policyAreaSchema,
  RecommendationList: api.recommendationListSchema,
  Recommendation: api.recommendationSchema,
  ActorList: api.actorListSchema,
  ActorSummary: api.actorSummarySchema,
  Actor: api.actorSchema,
  BulkCases: api.bulkCasesSchema,
  Comparison: api.comparisonSchema,
  FacetValue: api.facetValueSchema,
  Snippet: api.snippetSchema,
  Suggestion: api.suggestionSchema,
  PageLinks: api.pageLinksSchema,
  License: api.licenseSchema,
  Error: api.errorSchema,
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof COMPONENTS;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
type JsonSchema = Record<string, unknown>;

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  // Components are not documents of their own: their own dialect and identifier belong to the OpenAPI document.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

const inputSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, {
    target: "draft-2020-12", io: "input", unrepresentable: "any",
    // A whole number read from the address is checked as digits, and described as the integer it is (wholeNumberParam).
    override: ({ jsonSchema }) => {
      if (jsonSchema.type === "integer") delete jsonSchema.pattern;
    },
  });
  return json;
};

/** The query parameters of a filter schema, described as the schema describes them. */
function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = inputSchema(field as z.ZodType);
    // What a parameter left out stands for (page 1): what the schema makes of nothing.
    const left = (field as z.ZodType).safeParse(undefined);
    if (left.success && left.data !== undefined) json.default = left.data;
    return { name, in: "query", required: false, ...(json.description ? { description: json.description } : {}), schema: json };
  });
}

const slugParameter = { name: "slug", in: "path", required: true, description: "The case's slug, e.g. saint-etienne-artificial-intelligence", schema: inputSchema(slugSchema) };

const versionParameter = { name: "version", in: "path", required: true, description: "The version's number, as a citation names it, e.g. 3", schema: inputSchema(addressNumberSchema) };

const actorSlugParameter = { ...slugParameter, description: "The organisation's slug, as its page /actors/{slug} has it" };

const comparedCases = {
  name: "cases", in: "query", required: true, description: "2 to 4 case slugs, separated by commas",
  schema: { type: "string", example: "saint-etienne-artificial-intelligence,wierzbno-green-transition" },
};

const json = (name: ComponentName, description: string) => ({ description, content: { "application/json": { schema: ref(name) } } });
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: "string" } } } });
const refused = { 400: json("Error", "A parameter was refused: `error.parameter` names it (unknown parameters are refused too)") };
const noCase = { 404: json("Error", "No published case has this slug") };
const noLonger = { 410: json("Error", "The case was published and is no longer") };
const location = { Location: { schema: { type: "string", format: "uri" } } };
const movedCase = { 308: { description: "An earlier address of the case, which an editor has changed: `Location` is the same address with the case's address now", headers: location } };
/** A download of one case that is not JSON says why it refused in plain text. */
const textRefusals = {
  400: file("text/plain", "A parameter was refused (a query parameter, or a slug that cannot be one): the text names it"),
  404: file("text/plain", "No published case has this slug"),
  410: file("text/plain", "The case was published and is no longer"),
};

const get = (tag: string, summary: string, rest: JsonSchema) => ({ get: { tags: [tag], summary, ...rest } });

/** A validator sent back in If-None-Match, and what it names. */
const ifNoneMatchHeader = (description: string) => ({ name: "If-None-Match", in: "header", required: false, schema: { type: "string" }, description });
/** The bulk files' validator: 304 until the published content changes. */
const ifNoneMatch = ifNoneMatchHeader("The ETag of a copy held: 304 Not Modified while the published content and the file's layout are the same");
/** The answers of the API itself: their ETag names the body, so 304 until that answer changes. */
const heldAnswer = ifNoneMatchHeader("The ETag of an answer held: 304 Not Modified while this answer is the same");
const notModified = { 304: { description: "The copy held is current (same ETag); no body" } };

const header = (description: string) => ({ description, schema: { type: "string" } });
/** What every answer of content carries beside its body (lib/api/http.ts): to keep it, check it again, and credit it. */
const ANSWER_HEADERS = {
  ETag: header("A validator of this answer: sent back as If-None-Match, it gets 304 while the answer is the same"),
  "Cache-Control": header("`public, no-cache`: a copy may be kept, and is checked with its ETag before it is used again"),
  Link: header("The licence (`rel=\"license\"`) and, on a page of a list, the next and previous pages (`rel=\"next\"`, `rel=\"prev\"`; RFC 8288), as the body's `links`"),
  "Access-Control-Allow-Origin": header("`*`: any website's script may read it"),
};
/** A file to save also says so, with its name. */
const DOWNLOAD_HEADERS = { ...ANSWER_HEADERS, "Content-Disposition": header("`attachment`, with the name the file is saved under") };
const isDownload = (path: string) => path.startsWith("/api/v1/bulk/") || !/^\/api\/v1(\/|$)/.test(path);

/** Each path's 200 and 304 with the headers they carry. */
function withAnswerHeaders<T extends object>(all: T): T {
  for (const [path, operation] of Object.entries(all) as Array<[string, { get: { responses?: Record<string, object> } }]>) {
    const responses = operation.get.responses;
    if (responses?.[200]) responses[200] = { ...responses[200], headers: isDownload(path) ? DOWNLOAD_HEADERS : ANSWER_HEADERS };
    if (responses?.[304]) responses[304] = { ...responses[304], headers: ANSWER_HEADERS };
  }
  return all;
}

function paths() {
  const csvTables = Object.fromEntries(
    CSV_TABLE_NAMES.map((name) => [
      `/api/v1/bulk/${name}.csv`,
      get("Bulk downloads", `Every published case: ${name}, as CSV`, {
        description: `${CSV_TABLES[name].description}. Columns: ${CSV_TABLES[name].columns.join(", ")}. RFC 4180, UTF-8; ${CSV_FORMULA_NOTE}`,
        parameters: [ifNoneMatch],
        responses: { 200: file("text/csv", "The table"), ...notModified, ...refused },
      }),
    ]),
  );
  return {
    "/api/v1/cases": get("Cases", "Search and filter the published cases", {
      description: "The filters of /cases. Results are ranked by relevance when `q` is given, otherwise newest change first.",
      parameters: [...queryParameters(caseFiltersSchema), heldAnswer],
      responses: { 200: json("CaseList", "A page of cases, with the counts of every filter value"), ...notModified, ...refused },
    }),
    "/api/v1/cases/{slug}": get("Cases", "One published case, whole, in the interchange format ekip-case/1", {
      parameters: [slugParameter, heldAnswer],
      responses: { 200: json("CaseDocument", "The case"), ...notModified, ...movedCase, ...refused, ...noCase, ...noLonger },
    }),
    "/api/v1/cases/{slug}/versions/{version}": get("Cases", "One version of a published case, as it was saved: what a citation of that version names", {
      description: "Every version readers could read while it was the newest (saved while the case was published, or published later); the case's own answer is its newest.",
      parameters: [slugParameter, versionParameter, heldAnswer],
      responses: { 200: json("CaseDocument", "The version"), ...notModified, ...movedCase, ...refused, 404: json("Error", "No published case has this slug, or it has no such version that readers could read"), ...noLonger },
    }),
    "/api/v1/cities": get("Cities", "Every city, with its number of published cases", {
      parameters: [heldAnswer],
      responses: { 200: json("CityList", "The cities"), ...notModified, ...refused },
    }),
    "/api/v1/policy-areas": get("Policy areas", "Every policy area, with its number of published cases", {
      parameters: [heldAnswer],
      responses: { 200: json("PolicyAreaList", "The policy areas"), ...notModified, ...refused },
    }),
    "/api/v1/recommendations": get("Recommendations", "Search and filter the recommendations of every published case", {
      description: "The filters of /recommendations.",
      parameters: [...queryParameters(recommendationFiltersSchema), heldAnswer],
      responses: { 200: json("RecommendationList", "A page of recommendations, with the counts of every filter value"), ...notModified, ...refused },
    }),
    "/api/v1/actors": get("Actors", "The organisations the published cases name, by name", {
      description: "The filters of /actors: each organisation once, however many cases name it (as participant, stakeholder or inventory actor) and however they spell it.",
      parameters: [...queryParameters(actorApiFiltersSchema), heldAnswer],
      responses: { 200: json("ActorList", "A page of organisations"), ...notModified, ...refused },
    }),
    "/api/v1/actors/{slug}": get("Actors", "One organisation, and every published case that names it, and how", {
      parameters: [actorSlugParameter, heldAnswer],
      responses: {
        200: json("Actor", "The organisation"),
        ...notModified,
        308: { description: "The organisation was merged into another: `Location` is that one's address", headers: location },
        ...refused,
        404: json("Error", "No published case names an organisation with this slug"),
      },
    }),
    "/api/v1/bulk/cases.json": get("Bulk downloads", "Every published case, whole, in one JSON file", {
      parameters: [ifNoneMatch],
      responses: { 200: json("BulkCases", "The cases"), ...notModified, ...refused },
    }),
    ...csvTables,
    "/cases/{slug}/export.json": get("Downloads of a case", "The case in the interchange format, as a file", {
      parameters: [slugParameter, ifNoneMatch],
      responses: { 200: json("CaseDocument", "The case"), ...notModified, ...movedCase, ...refused, ...noCase, ...noLonger },
    }),
    "/cases/{slug}/export.md": get("Downloads of a case", "The case as Markdown, in the delivered layout (the importer reads it back)", {
      parameters: [slugParameter, ifNoneMatch],
      responses: { 200: file("text/markdown", "The case"), ...notModified, ...movedCase, ...textRefusals },
    }),
    "/cases/{slug}/inventory.csv": get("Downloads of a case", "The case's inventory as CSV", {
      description: `Columns: ${CASE_INVENTORY_COLUMNS.join(", ")}. RFC 4180, UTF-8; ${CSV_FORMULA_NOTE}`,
      parameters: [slugParameter, ifNoneMatch],
      responses: { 200: file("text/csv", "The inventory"), ...notModified, ...movedCase, ...textRefusals },
    }),
    "/cases/{slug}/cite.bib": get("Downloads of a case", "How to cite the case, as BibTeX", {
      parameters: [slugParameter, ifNoneMatch],
      responses: { 200: file("application/x-bibtex", "A @misc entry"), ...notModified, ...movedCase, ...textRefusals },
    }),
    "/cases/{slug}/cite.json": get("Downloads of a case", "How to cite the case, as CSL-JSON", {
      parameters: [slugParameter, ifNoneMatch],
      responses: {
        200: { description: "An array of one CSL item", content: { "application/vnd.citationstyles.csl+json": { schema: { type: "array", items: { type: "object" } } } } },
        ...notModified,
        ...movedCase,
        ...refused,
        ...noCase,
        ...noLonger,
      },
    }),
    "/compare/export.json": get("Downloads of a comparison", "Two to four published cases side by side, as the page /compare shows them", {
      parameters: [comparedCases, ifNoneMatch],
      responses: {
        200: json("Comparison", `The comparison (format ${api.COMPARISON_FORMAT})`),
        ...notModified,
        400: json("Error", "`cases` names fewer than 2 or more than 4 cases, one twice, or not a case address, or is given more than once; or another parameter was given"),
        404: json("Error", "A case named is not published"),
      },
    }),
    "/compare/export.csv": get("Downloads of a comparison", "The same comparison as CSV: one row per part, one column per case; then one row per shared organisation and per recurring theme, `yes` under each case that has it", {
      parameters: [comparedCases, ifNoneMatch],
      responses: {
        200: file("text/csv", "The comparison"),
        ...notModified,
        400: file("text/plain", "`cases` names fewer than 2 or more than 4 cases, one twice, or not a case address, or is given more than once; or another parameter was given"),
        404: file("text/plain", "A case named is not published"),
      },
    }),
    "/api/v1": get("About the API", "Where each part of the API is: this document, the lists and the bulk download", {
      parameters: [heldAnswer],
      responses: { 200: { description: "The API's name, licence and the address of each part", content: { "application/json": { schema: { type: "object" } } } }, ...notModified, ...refused },
    }),
    "/api/v1/openapi.json": get("About the API", "This document", {
      parameters: [heldAnswer],
      responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": {} } }, ...notModified, ...refused },
    }),
  };
}

/** The OpenAPI 3.1 description of the open data API, generated from the schemas that validate its data. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: `${SITE_NAME} open data API`,
      version: "1",
      summary: "The City Case Descriptions of the ekip partnership, as open data",
      description:
        `Every published City Case Description, its cities, policy areas, recommendations and actors, as JSON and CSV. ` +
        `Read-only, no key needed. The content is licensed ${CONTENT_LICENCE.name}: reuse it with attribution to the ekip partnership. ` +
        `Every response names the licence in a \`Link: <${CONTENT_LICENCE.url}>; rel="license"\` header.`,
      license: { name: CONTENT_LICENCE.name, url: CONTENT_LICENCE.url },
    },
    servers: [{ url: SITE_URL }],
    paths: withAnswerHeaders(paths()),
    components: { schemas: componentSchemas() },
  };
}
