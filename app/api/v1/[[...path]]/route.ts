import type { NextRequest } from "next/server";
import { jsonError, jsonContent } from "@/lib/api/http";
import { noQuerySchema } from "@/lib/api/schemas";
import { parseParams } from "@/lib/search/query-params";
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from "@/lib/site";

type Params = { params: Promise<{ path?: string[] }> };

/** Where each part of the API is: for a client, or a person, who starts at /api/v1. */
function apiRoot() {
  const at = (path: string) => absoluteUrl(`/api/v1/${path}`);
  return {
    name: `${SITE_NAME} API`,
    description: "Read-only: the published City Case Descriptions, their cities, policy areas, recommendations and actors, as JSON and CSV.",
    openapi: at("openapi.json"),
    links: { cases: at("cases"), cities: at("cities"), policyAreas: at("policy-areas"), recommendations: at("recommendations"), actors: at("actors"), bulk: at("bulk/cases.json") },
    license: CONTENT_LICENCE,
  };
}

/** /api/v1 itself: where the API's parts are. Any other address under it: a JSON 404 that says where the API is described. */
export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  if (!(await params).path?.length) {
    const query = parseParams(noQuerySchema, request.nextUrl.searchParams);
    return query.ok ? jsonContent(request, apiRoot()) : jsonError(400, query.error);
  }
  const path = request.nextUrl.pathname.slice(0, 200);
  return jsonError(404, { message: `The API has no address ${path}: see /api/v1/openapi.json for those it has.` });
}

// Other methods are answered 405 by proxy.ts: the API only reads.
