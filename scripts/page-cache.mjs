// Whole public pages and answers of the read-only API for readers who are not signed in, kept in front of Next.js
// (scripts/serve.mjs). Plain Node.
//
// Why: each page is rendered on every request, because each response needs a fresh CSP nonce (proxy.ts); a case
// page costs about 14 ms of CPU. A kept page is answered with a fresh nonce written into its HTML and headers.
// Freshness: the key holds the content revision, read from the database on every request (one tiny query), so a
// change made through any instance, or by the importer, is served from the next request on. The key also holds the
// day (a case page's citation says when it was read), the host and the whole URL.
import { createHash, randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import { askNext, isHtml as isHtmlType } from "./ask-next.mjs";
import { withoutFrameworkScripts } from "./reader-page.mjs";
import { deflateParts, splicedGzip } from "./spliced-gzip.mjs";

export const PAGE_CACHE_HEADER = "x-ekip-page-cache";
// The cache's own request to Next for a page it lacks: answered by Next, never by the cache.
export const FILL_HEADER = "x-ekip-page-cache-fill";
// Files (public/, feeds, the sitemap, the API's bulk files) are Next's to send: a page's address never has a dot in
// its last part. Of the API only the public, read-only /api/v1 is kept (not sign-in, not the health check). Nor is
// the forbidden page: it is the refused person's own (scripts/error-pages.mjs).
const NOT_PUBLIC = /^\/(edit|admin|account|sign-in|_next|_forbidden)(\/|$)|^\/api(\/(?!v1\/)|$)|\.[^/]*$/;
// Client-side navigations and server actions ask Next for other answers than the page's HTML.
const NEXT_CLIENT_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?authjs\.session-token(\.\d+)?=/;
// Auth.js sets these when asked for a session (the proxy asks on signed-in pages only): a kept page goes without them.
const VISIT_COOKIE = /^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)=/;
const NOT_KEPT_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
// Next 16 cannot render the not-found page into the HTML of a route whose page (or its generateMetadata) calls
// notFound(): React renders HTML without error boundaries, so the throw ends the render of the document, and Next
// answers 404 with an empty document (`<html id="__next_error__">`) whose not-found page is only in the flight data,
// for the framework to draw in the browser. Readers get no framework (decision 0008), so they would get a blank page.
// An address that matches no route is rendered whole (`/_not-found`, the page Next builds from app/not-found.tsx).
const ERROR_DOCUMENT = /^(<!DOCTYPE html>)?<html id="__next_error__"/i;
const NOT_FOUND_PAGE = "/_not-found";
// A page that failed (a bug) is the same empty document, its error page drawn by the framework: readers get this.
const ERROR_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Something went wrong</title></head>
<body><main>
<h1>Something went wrong</h1>
<p>This page could not be shown just now. Please try again in a minute, or go to <a href="/">the home page</a>.</p>
</main></body>
</html>
`;
const isHtml = (headers) => isHtmlType(headers["content-type"]);

/** Whether this request may be answered from the cache: a public page or API read by someone not signed in. */
export function isCacheable(request) {
  if (request.method !== "GET" || request.headers[FILL_HEADER] !== undefined) return false;
  const url = request.url ?? "/";
  if (NOT_PUBLIC.test(url.split("?")[0]) || /[?&]_rsc=/.test(url)) return false;
  if (NEXT_CLIENT_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  return !SESSION_COOKIE.test(request.headers.cookie ?? "");
}

/**
 * What is kept of Next's answer: the reader's page (without the framework's scripts) and the headers, cut at the
 * nonce; or null when the answer may not be kept.
 */
export function toEntry({ status, headers, body }) {
  const type = String(headers["content-type"] ?? "");
  const isPage = isHtml(headers);
  // 410: the page of a withdrawn case, kept as any page is (until the content changes).
  const isKeptStatus = status === 200 || (status === 410 && isPage);
  if (!isKeptStatus || !(isPage || type.startsWith("application/json")) || body.length > MAX_PAGE_BYTES) return null;
  if ((headers["set-cookie"] ?? []).some((cookie) => !VISIT_COOKIE.test(cookie))) return null;
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  if (!nonce) return null;
  const kept = Object.entries(headers).filter(([name]) => !NOT_KEPT_HEADERS.has(name));
  // An API answer has the nonce only in its headers: its body is kept whole.
  const parts = isPage ? withoutFrameworkScripts(body.toString("utf8")).split(nonce).map((part) => Buffer.from(part)) : [body];
  const deflated = deflateParts(parts);
  const keptHeaders = kept.map(([name, value]) => [name, String(value).split(nonce)]);
  return {
    status,
    parts,
    deflated,
    headers: isPage ? withPageValidator(keptHeaders, status, parts) : keptHeaders,
    size: [...parts, ...deflated].reduce((sum, part) => sum + part.length, 0),
  };
}

/**
 * A reader's page may be kept by the reader's own browser and asked for again with its ETag (a hash of the page
 * without its nonce), to be answered 304 while it is the same: `private`, since each copy carries a nonce that no
 * shared cache may hand to others. Next sends `no-store` for every page with a nonce.
 */
function withPageValidator(headers, status, parts) {
  const hash = createHash("sha256").update(String(status));
  for (const part of parts) hash.update("\0").update(part);
  const etag = `W/"${hash.digest("base64url").slice(0, 32)}"`;
  return [...headers.filter(([name]) => name !== "cache-control" && name !== "etag"), ["cache-control", ["private, no-cache"]], ["etag", [etag]]];
}

/** The entry as a response of its own: a new nonce everywhere the old one was, the body gzipped if asked. */
export function withNonce(entry, nonce, { gzip = false } = {}) {
  const headers = entry.headers.map(([name, parts]) => [name, parts.join(nonce)]);
  const separator = Buffer.from(nonce);
  if (gzip) return { headers: [...headers, ["content-encoding", "gzip"]], body: splicedGzip(entry.parts, entry.deflated, separator) };
  return { headers, body: Buffer.concat(entry.parts.flatMap((part, i) => (i ? [separator, part] : [part]))) };
}

export function newNonce() {
  return Buffer.from(randomUUID()).toString("base64");
}

function acceptsGzip(request) {
  const accepted = String(request.headers["accept-encoding"] ?? "");
  return /\bgzip\b/.test(accepted) && !/\bgzip\s*;\s*q=0(\.0+)?\b/.test(accepted);
}

/** Whether If-None-Match names this entity tag, compared weakly, or is "*" (lib/api/http.ts holdsTag). */
function holdsTag(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  const tags = String(ifNoneMatch).split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  return tags.includes("*") || tags.includes(etag.replace(/^W\//, ""));
}

/** A kept answer with an ETag (the API's, or a page's: withPageValidator) that the client holds already: 304, the validator and reuse headers, no body. */
function sendNotModified(response, entry, state) {
  response.statusCode = 304;
  // Neither the body's headers nor those cut at the nonce (the CSP): there is no body.
  for (const [name, parts] of entry.headers) if (!name.startsWith("content-") && parts.length === 1) response.setHeader(name, parts[0]);
  response.setHeader(PAGE_CACHE_HEADER, state);
  response.end();
}

function send(request, response, entry, state) {
  const etag = entry.headers.find(([name]) => name === "etag")?.[1].join("");
  if (holdsTag(request.headers["if-none-match"], etag)) return sendNotModified(response, entry, state);
  const page = withNonce(entry, newNonce(), { gzip: acceptsGzip(request) });
  response.statusCode = entry.status ?? 200;
  for (const [name, value] of page.headers) response.setHeader(name, value);
  response.setHeader(PAGE_CACHE_HEADER, state);
  response.setHeader("content-length", page.body.length);
  response.end(page.body);
}

/** Next's failed page as readers get it: its status and headers, the plain error page instead of the empty document. */
function errorPage(answer) {
  return { ...answer, headers: { ...answer.headers, "content-type": "text/html; charset=utf-8" }, body: Buffer.from(ERROR_PAGE) };
}

/** Whether Next answered with its empty 404 document, the not-found page left to the framework (see ERROR_DOCUMENT). */
function isEmptyNotFound({ status, headers, body }) {
  return status === 404 && isHtml(headers) && ERROR_DOCUMENT.test(body.subarray(0, 200).toString("utf8"));
}

/**
 * A page answered 404 whole (an address of no route, a page past the last of a list) as readers get every page:
 * without the framework. Any other answer as it is.
 */
function asReadersNotFound(answer) {
  const isPage = answer.status === 404 && isHtml(answer.headers);
  return isPage ? { ...answer, body: Buffer.from(withoutFrameworkScripts(answer.body.toString("utf8"))) } : answer;
}

/** Next's answer to the request (or to the same request for another path), over loopback without compression, whole. */
function fill(port, request, path = request.url) {
  const headers = { ...request.headers, [FILL_HEADER]: "1" };
  // The whole answer, to keep: whether this client already holds it is for send() to say.
  for (const name of ["accept-encoding", "if-none-match", "if-modified-since"]) delete headers[name];
  return askNext(port, path, headers);
}

function relay(response, answer) {
  for (const [name, value] of Object.entries(answer.headers)) {
    if (!["connection", "keep-alive", "transfer-encoding", "content-length"].includes(name)) response.setHeader(name, value);
  }
  response.statusCode = answer.status;
  response.setHeader("content-length", answer.body.length);
  response.end(answer.body);
}

/**
 * The cache: `serve(request, response)` answers a cacheable request with the reader's page, or hands it to `handle`
 * (Next) when it is not cacheable, when the revision cannot be read (Next then answers 503 while the database is out
 * of reach: `onDatabaseDown` is told first) or when Next's answer may not be kept. Requests for a page being fetched wait for that one fetch.
 * With `keep: false` (PAGE_CACHE=off) every reader's page is rendered anew, and still served without the framework.
 */
export function createPageCache({ port, handle, readRevision, onDatabaseDown = () => {}, keep = true, maxBytes = 64 * 1024 * 1024 }) {
  const entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.size });
  const fetching = new Map();

  /** The content revision, or null when the database does not answer: then `onDatabaseDown` is told (the proxy's 503 from then on). */
  async function currentRevision() {
    const revision = await readRevision().catch(() => null);
    if (revision === null) onDatabaseDown();
    return revision;
  }

  async function keyOf(request) {
    const revision = await currentRevision();
    if (revision === null) return null;
    const day = new Date().toISOString().slice(0, 10);
    const host = [request.headers.host, request.headers["x-forwarded-host"], request.headers["x-forwarded-proto"]].join(" ");
    return JSON.stringify([revision, day, host, request.url]);
  }

  async function serve(request, response) {
    if (!isCacheable(request)) return handle(request, response);
    const key = keep ? await keyOf(request) : undefined;
    if (key === null) return handle(request, response);
    const entry = key && entries.get(key);
    if (entry) return send(request, response, entry, "hit");
    const { answer, isFirst } = await fetchOnce(key, request);
    // A failure while the database went away (before the proxy's once-a-second check noticed): asked again, the
    // proxy, told, answers with its 503 page (JSON for the API) instead of the error page.
    if (answer && answer.status >= 500 && (await currentRevision()) === null) return handle(request, response);
    if (answer && answer.status >= 500 && isHtml(answer.headers)) return relay(response, errorPage(answer));
    const kept = answer && toEntry(answer);
    if (kept) {
      if (key && isFirst) entries.set(key, kept);
      return send(request, response, kept, key ? "miss" : "off");
    }
    // A notFound() of a page: the not-found page, rendered whole, as readers get every page (status 404, no framework).
    const notFound = answer && isEmptyNotFound(answer) ? await notFoundPage(request).catch(() => null) : null;
    if (notFound) return relay(response, notFound);
    // Not a page to keep (a 404, a redirect, a cookie of its own): the one who asked gets Next's answer as it was (a
    // page not found without the framework), anyone who waited along, or anyone whose fetch failed, asks Next for their own.
    return isFirst && answer ? relay(response, asReadersNotFound(answer)) : handle(request, response);
  }

  /** The not-found page for this reader, as Next renders it for an address of no route, without the framework. */
  async function notFoundPage(request) {
    return asReadersNotFound(await fill(port, request, NOT_FOUND_PAGE));
  }

  /** Next's answer for this request; with a key, one fetch shared by every request for it that comes meanwhile. */
  async function fetchOnce(key, request) {
    if (!key) return { answer: await fill(port, request).catch(() => null), isFirst: true };
    let pending = fetching.get(key);
    const isFirst = !pending;
    if (!pending) {
      pending = fill(port, request).finally(() => fetching.delete(key));
      fetching.set(key, pending);
    }
    return { answer: await pending.catch(() => null), isFirst };
  }

  return { serve, clear: () => entries.clear() };
}
