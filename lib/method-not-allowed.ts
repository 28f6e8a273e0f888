import { NextResponse, type NextRequest } from "next/server";
import { jsonResponse } from "./api/http";

const API = /^\/api\/v1(\/|$)/;
/** The other addresses under /api that only read: the health check and the editor's look at its session. */
const READ_ONLY = /^\/api\/(health|session)$/;
const FILE = /\.[^/]*$/;

/**
 * What an address takes: the read-only API, the health check and the session GET and HEAD; a page GET, HEAD and
 * POST (its server actions, the sign-in form); a file (its last part has a dot: a download, the feed) GET and
 * HEAD. Auth.js's addresses answer for themselves.
 */
function allowedMethods(pathname: string): string[] | null {
  if (API.test(pathname) || READ_ONLY.test(pathname)) return ["GET", "HEAD"];
  if (pathname.startsWith("/api/")) return null;
  return FILE.test(pathname) ? ["GET", "HEAD"] : ["GET", "HEAD", "POST"];
}

/**
 * The answer to any other method: 405 with Allow (RFC 9110), in JSON from the API, as its clients expect; 204
 * with Allow to a plain OPTIONS (a browser's preflight is answered before). Next rendered a page for DELETE and
 * answered a file's POST 405 without saying what is allowed.
 */
export function methodNotAllowed(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  const allowed = allowedMethods(pathname);
  if (!allowed || allowed.includes(request.method)) return null;
  const allow = allowed.join(", ");
  if (request.method === "OPTIONS") return new NextResponse(null, { status: 204, headers: { Allow: allow } });
  const method = request.method.slice(0, 20);
  if (API.test(pathname)) {
    const message = `The API only reads: ${method} is not allowed, use GET (see /api/v1/openapi.json).`;
    return jsonResponse({ error: { message } }, { status: 405, headers: { Allow: allow } });
  }
  const message = `${method} is not allowed here: this address takes ${allow}.`;
  // In JSON where the answer would be JSON (the health check, a .json file), as its other errors are.
  if (READ_ONLY.test(pathname) || pathname.endsWith(".json")) return jsonResponse({ error: { message } }, { status: 405, headers: { Allow: allow } });
  return new NextResponse(`${message}\n`, {
    status: 405, headers: { Allow: allow, "Content-Type": "text/plain; charset=utf-8", ...(FILE.test(pathname) ? { "Access-Control-Allow-Origin": "*" } : {}) },
  });
}
