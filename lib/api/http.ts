import { createHash } from "node:crypto";
import { CONTENT_LICENCE } from "../site";
import type { ApiError } from "./schemas";

const LICENCE_LINK = `<${CONTENT_LICENCE.url}>; rel="license"`;

/**
 * What every response of the API and of the downloads carries: the licence, and leave to be read from any
 * origin, the licence and validator too (a script on another site sees only the headers it is told it may).
 */
function reuseHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({
    Link: LICENCE_LINK,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "Link, ETag",
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

/**
 * An answer of the API: its ETag is a hash of its body, so a client that holds the same body (If-None-Match) gets
 * 304 without it, until the answer changes. Weak: the proxy in front may compress it. A page of a list also names
 * the next and previous pages in its Link header (RFC 8288), as its body's `links` do.
 */
export function jsonContent(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const validator = { ETag: etag, "Cache-Control": "public, no-cache", Link: linkHeader(body) };
  if (holdsTag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: reuseHeaders(validator) });
  return new Response(text, { headers: reuseHeaders({ "Content-Type": "application/json; charset=utf-8", ...validator }) });
}

function linkHeader(body: unknown): string {
  const links = (body as { links?: { next?: string | null; prev?: string | null } } | null)?.links;
  const pages = (["next", "prev"] as const).flatMap((rel) => (links?.[rel] ? [`<${links[rel]}>; rel="${rel}"`] : []));
  return [LICENCE_LINK, ...pages].join(", ");
}

/** Whether If-None-Match names this entity tag, compared weakly (RFC 9110 for GET), or is "*". */
export function holdsTag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  return tags.includes("*") || tags.includes(etag.replace(/^W\//, ""));
}

export function jsonError(status: 400 | 404 | 410, error: ApiError): Response {
  return jsonResponse({ error }, { status });
}

/** An address that moved for good (an organisation merged into another): 308 to the new one, readable from any origin as the answers are. */
export function movedTo(url: string): Response {
  return new Response(null, { status: 308, headers: reuseHeaders({ Location: url }) });
}

/** A file to save: its type and the name it is saved under; with `etag`, kept by caches and asked again (see sameContent). */
export function download(body: string, { type, filename, etag }: { type: string; filename: string; etag?: string }): Response {
  return new Response(body, {
    headers: reuseHeaders({ "Content-Type": type, "Content-Disposition": `attachment; filename="${filename}"`, ...(etag ? validatorHeaders(etag) : {}) }),
  });
}

/**
 * The files' own layout, part of their validator: a copy of the same content in an older layout is not the
 * same file. Count it up with every change of what a bulk file holds or how it is written (2: formulas
 * escaped in CSV; 3: a comparison's CSV has rows for what the cases share, and its themes leave out names).
 */
const FILE_LAYOUT = 3;

/** A bulk file's entity tag: its content and its layout. */
const tagOf = (etag: string) => `"${FILE_LAYOUT}-${etag}"`;

/** A weak validator: the same content in the same layout, though a file's `generatedAt` may differ. */
const validatorHeaders = (etag: string) => ({ ETag: `W/${tagOf(etag)}`, "Cache-Control": "public, no-cache" });

/**
 * 304 Not Modified when the request already holds the content `etag` names (If-None-Match, compared weakly, as
 * RFC 9110 says for GET): a harvester asking every night downloads the bulk files only after a change.
 */
export function sameContent(request: Request, etag: string): Response | null {
  if (!holdsTag(request.headers.get("if-none-match"), tagOf(etag))) return null;
  return new Response(null, { status: 304, headers: reuseHeaders(validatorHeaders(etag)) });
}

/** Content read in place, such as the feed: the same licence and leave to be read from any origin as a download, and its validator. */
export function openContent(body: string, type: string, etag?: string): Response {
  return new Response(body, { headers: reuseHeaders({ "Content-Type": type, ...(etag ? validatorHeaders(etag) : {}) }) });
}

export function textError(status: 400 | 404 | 410, message: string): Response {
  return new Response(`${message}\n`, { status, headers: reuseHeaders({ "Content-Type": "text/plain; charset=utf-8" }) });
}

export const noSuchCase = (slug: string) => `No published case has the slug "${slug}".`;
export const noSuchActor = (slug: string) => `No published case names an organisation with the slug "${slug}".`;
export const noSuchVersion = (slug: string, version: string) => `The case "${slug}" has no version ${version} that readers could read: only versions published are.`;
export const noLongerPublished = (slug: string) => `The case "${slug}" was published and is no longer; if it is published again, it will be here.`;
