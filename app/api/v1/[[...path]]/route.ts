import { jsonError } from "@/lib/api/http";

/** Any other address under /api/v1: a JSON 404, as an API client expects, that says where the API is described. */
function noSuchAddress(request: Request): Response {
  const path = new URL(request.url).pathname.slice(0, 200);
  return jsonError(404, { message: `The API has no address ${path}: see /api/v1/openapi.json for those it has.` });
}

// Other methods are answered 405 by proxy.ts: the API only reads.
export const GET = noSuchAddress;
