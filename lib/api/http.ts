import { CONTENT_LICENCE } from "../site";
import type { ApiError } from "./schemas";

/**
 * What every response of the API and of the downloads carries: the licence, and leave to be read from any
 * origin, the licence too (a script on another site sees only the headers it is told it may).
 */
function reuseHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({
    Link: `<${CONTENT_LICENCE.url}>; rel="license"`,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Link",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  });
}

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: reuseHeaders({ "Content-Type": "application/json; charset=utf-8", ...init.headers }),
  });
}

export function jsonError(status: 400 | 404 | 410, error: ApiError): Response {
  return jsonResponse({ error }, { status });
}

/** A file to save: its type and the name it is saved under. */
export function download(body: string, { type, filename }: { type: string; filename: string }): Response {
  return new Response(body, {
    headers: reuseHeaders({ "Content-Type": type, "Content-Disposition": `attachment; filename="${filename}"` }),
  });
}

/** Content read in place, such as the feed: the same licence and leave to be read from any origin as a download. */
export function openContent(body: string, type: string): Response {
  return new Response(body, { headers: reuseHeaders({ "Content-Type": type }) });
}

export function textError(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, { status, headers: reuseHeaders({ "Content-Type": "text/plain; charset=utf-8" }) });
}

export const textNotFound = (message: string) => textError(404, message);

export const noSuchCase = (slug: string) => `No published case has the slug "${slug}".`;
export const noLongerPublished = (slug: string) => `The case "${slug}" was published and is no longer; if it is published again, it will be here.`;
