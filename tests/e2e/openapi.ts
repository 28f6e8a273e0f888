import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";

const DOCUMENT_ID = "openapi.json";

// JSON Pointer (RFC 6901) escaping of one reference token.
const token = (part: string) => encodeURIComponent(part.replace(/~/g, "~0").replace(/\//g, "~1"));

/**
 * Validates responses against the API's own OpenAPI document, as a client generated from it would
 * read them: JSON Schema 2020-12, with the document's `#/components/schemas` references resolved.
 */
export async function loadOpenApi(request: APIRequestContext) {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date-time", { type: "string", validate: (s: string) => !Number.isNaN(Date.parse(s)) && /T/.test(s) });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("uri", { type: "string", validate: (s: string) => URL.canParse(s) });
  ajv.addSchema(document, DOCUMENT_ID);

  function validatorFor(path: string, status: number, contentType = "application/json"): ValidateFunction {
    const pointer = ["paths", path, "get", "responses", String(status), "content", contentType, "schema"].map(token).join("/");
    const validate = ajv.getSchema(`${DOCUMENT_ID}#/${pointer}`);
    if (!validate) throw new Error(`The OpenAPI document has no ${contentType} schema for GET ${path} ${status}`);
    return validate;
  }

  /** The headers the document says a response of `path` with `status` carries. */
  function declaredHeaders(path: string, status: number): string[] {
    return Object.keys(document.paths[path]?.get?.responses?.[String(status)]?.headers ?? {});
  }

  /** Asserts that a response carries every header the document declares for it. */
  function expectDeclaredHeaders(response: APIResponse, path: string, status: number): void {
    const headers = response.headers();
    expect(declaredHeaders(path, status).filter((name) => headers[name.toLowerCase()] === undefined), `${response.url()}: headers declared for ${path} ${status}`).toEqual([]);
  }

  /** Asserts that a response has the status, the JSON and the shape the document gives for `path`, and the headers it declares. */
  async function expectDocumented(response: APIResponse, path: string, status = 200): Promise<unknown> {
    expect(response.status(), `${response.url()}`).toBe(status);
    expectDeclaredHeaders(response, path, status);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    const body = await response.json();
    const validate = validatorFor(path, status);
    expect(validate(body) ? [] : validate.errors, `${response.url()} against ${path} ${status}`).toEqual([]);
    return body;
  }

  return { document, validatorFor, expectDocumented, declaredHeaders, expectDeclaredHeaders };
}
