import NextAuth, { type NextAuthRequest } from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { jsonResponse } from "./lib/api/http";
import { MAX_FORM_BYTES } from "./lib/form-limits";
import { methodNotAllowed } from "./lib/method-not-allowed";
import { isDatabaseAvailable } from "./db/health";
import { readTrustProxy } from "./lib/env";
import { withoutEndedSessionRenewal } from "./lib/auth/ended-session-renewal";
import { contentSecurityPolicy, isCrossOrigin, SAFE_METHODS, securityHeaders } from "./lib/security-headers";
import { slugify } from "./lib/slug";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_API_ERROR, UNAVAILABLE_PAGE_CSP, unavailablePage } from "./lib/unavailable";

const { auth } = NextAuth(authConfig);

/** Set by the server in front on Next's forward of a server action (scripts/forwarded-actions.mjs), and only there. */
const ACTION_FORWARD_HEADER = "x-ekip-action-forward";

/** TRUST_PROXY, read once: it does not change while the app runs (scripts/start.ts refuses a bad one). */
const TRUSTED_PROXIES = readTrustProxy();

const SIGNED_IN_ONLY = [/^\/edit(\/|$)/, /^\/admin(\/|$)/, /^\/account(\/|$)/];

/**
 * Next 16's middleware: security headers and the CSP nonce on every response, cross-site writes
 * refused, and people who are not signed in sent to the sign-in page (a convenience only: the pages
 * and every mutation check again on the server).
 */
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  // Only the signed-in pages need the session here: asked on a reader's request, Auth.js would answer with its
  // CSRF and callback cookies, and a response that sets cookies is kept by no cache.
  return isSignedInOnly(request.nextUrl.pathname) ? withSession(request, event) : answer(request, false);
}

const withAuthSession = auth((request: NextAuthRequest, _event: NextFetchEvent) => answer(request, !!request.auth?.user));

async function withSession(request: NextRequest, event: NextFetchEvent) {
  const response = await withAuthSession(request, event);
  return response instanceof Response ? withoutEndedSessionRenewal(request, response) : response;
}

const isSignedInOnly = (pathname: string) => SIGNED_IN_ONLY.some((p) => p.test(pathname));

async function answer(request: NextRequest, isSignedIn: boolean): Promise<Response> {
  const isProduction = process.env.NODE_ENV === "production";
  if (isReadPreflight(request)) return withHeaders(readPreflight(request), isProduction);
  if (isCrossOrigin(request, TRUSTED_PROXIES)) {
    return withHeaders(new NextResponse("Cross-site requests may not change anything here.\n", { status: 403 }), isProduction);
  }
  const withoutSlash = withoutTrailingSlash(request);
  if (withoutSlash) return withHeaders(withoutSlash, isProduction);
  // Every page and API answer needs the database: while it is out of reach, say so plainly (503) instead
  // of failing each route on its own. /api/health answers for itself, with the detail monitors want.
  if (request.nextUrl.pathname !== "/api/health" && !(await isDatabaseAvailable())) {
    return withHeaders(unavailable(request.nextUrl.pathname), isProduction);
  }
  const { pathname, search } = request.nextUrl;
  const tooLarge = formTooLarge(request);
  if (tooLarge) return withHeaders(tooLarge, isProduction);
  // Next answers a dynamic route whose segment is not valid percent-encoding (`/cases/%zz`) with a 500.
  if (!isDecodable(pathname)) {
    const message = "This address is not valid: a % in it must be followed by two hexadecimal digits of UTF-8.";
    const response = pathname.startsWith("/api/")
      ? jsonResponse({ error: { message } }, { status: 400 })
      : new NextResponse(`${message}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return withHeaders(response, isProduction);
  }
  const lowerCase = lowerCaseAddress(request);
  if (lowerCase) return withHeaders(NextResponse.redirect(lowerCase, 308), isProduction);
  const wrongMethod = methodNotAllowed(request);
  if (wrongMethod) return withHeaders(wrongMethod, isProduction);
  if (!isSignedIn && isSignedInOnly(pathname)) {
    // A page is answered with the way to sign in; a change (a server action's POST) with a plain refusal.
    if (request.method !== "GET" && request.method !== "HEAD") {
      return withHeaders(new NextResponse("Sign in to change anything here.\n", { status: 403 }), isProduction);
    }
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return withHeaders(NextResponse.redirect(signIn), isProduction);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { isDev: !isProduction });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withHeaders(response, isProduction);
}

/**
 * A form past MAX_FORM_BYTES, refused (413) before Next reads it. A body of unknown length (sent in chunks, which no
 * browser does with a form) is refused too (411): Next would read it to its limit and answer with a 500. But not
 * Next's own forward of an action to the page that holds it (scripts/forwarded-actions.mjs): its body, sent on in
 * chunks, is that of a call measured here already.
 */
function formTooLarge(request: NextRequest): NextResponse | null {
  const length = request.headers.get("content-length");
  const isForward = request.headers.get(ACTION_FORWARD_HEADER) === "1";
  if (length === null && request.headers.has("transfer-encoding") && !isForward && !SAFE_METHODS.has(request.method)) {
    return new NextResponse("Send the form with its length (a Content-Length header): nothing was changed.\n", { status: 411 });
  }
  if (Number(length ?? 0) > MAX_FORM_BYTES) return new NextResponse("This form is larger than 4 MB: nothing was changed.\n", { status: 413 });
  return null;
}

/** A browser asking, before a cross-origin read with headers of its own, whether it may: of content, not of a signed-in page. */
function isReadPreflight(request: NextRequest): boolean {
  const method = request.headers.get("access-control-request-method");
  return request.method === "OPTIONS" && !!method && ["GET", "HEAD"].includes(method) && !isSignedInOnly(request.nextUrl.pathname);
}

/** Any website may read the content, with whatever headers its request carries; it writes nothing here. */
function readPreflight(request: NextRequest): NextResponse {
  return new NextResponse(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD",
      "Access-Control-Allow-Headers": request.headers.get("access-control-request-headers") ?? "",
      "Access-Control-Max-Age": "86400",
      Vary: "Access-Control-Request-Headers",
    },
  });
}

/** An address with a trailing slash, sent to its own (308), readable from any origin where its answer is (the API, files). */
function withoutTrailingSlash(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (pathname === "/" || !pathname.endsWith("/")) return null;
  // The path set on a plain copy of the address ("//elsewhere.example/" stays a path of this site; a NextURL would
  // keep the trailing slash it was read with).
  const to = new URL(request.nextUrl.href);
  to.pathname = pathname.replace(/\/+$/, "") || "/";
  const response = NextResponse.redirect(to, 308);
  if (pathname.startsWith("/api/v1/") || /\.[^/]*\/+$/.test(pathname)) response.headers.set("Access-Control-Allow-Origin", "*");
  return response;
}

/**
 * Readers' pages have addresses of lower-case Latin letters; one typed or mailed in capitals ("/cases/Saint-Etienne-…")
 * or in the name's own letters ("/cities/Θεσσαλονίκη", "/cities/Łódź") is sent to its own, the name's slug
 * ("/cities/thessaloniki"). Files and the API, read by programs, answer such an address as they answer any that
 * names no case.
 */
const READER_PAGE = /^\/(cases|cities|policy-areas|actors)\/([^/]+)(\/print|\/versions\/[^/]+(?:\/changes)?)?$/;

function lowerCaseAddress(request: NextRequest): URL | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { pathname, search } = request.nextUrl;
  // A case's print view and versions are under its address; a version's number too may be percent-encoded ("%31").
  const [, section, slug, under = ""] = READER_PAGE.exec(pathname) ?? [];
  if (!slug || (under && section !== "cases")) return null;
  const own = /[A-Z%]/.test(slug) ? slugify(decodeURIComponent(slug)) : slug;
  const ownUnder = under.includes("%") ? ownVersionPath(under) : under;
  return own && (own !== slug || ownUnder !== under) ? new URL(`/${section}/${own}${ownUnder}${search}`, request.nextUrl) : null;
}

/** A version's path with its number percent-encoded ("/versions/%31"), decoded when it is then one; else as it was. */
function ownVersionPath(under: string): string {
  const decoded = decodeURIComponent(under);
  return /^\/versions\/[0-9]+(\/changes)?$/.test(decoded) ? decoded : under;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function unavailable(pathname: string): NextResponse {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: UNAVAILABLE_API_ERROR }, { status: 503, headers: { ...headers, "Access-Control-Allow-Origin": "*" } });
  }
  const page = { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": UNAVAILABLE_PAGE_CSP };
  return new NextResponse(unavailablePage(), { status: 503, headers: { ...headers, ...page } });
}

function withHeaders<R extends Response>(response: R, isProduction: boolean): R {
  for (const [name, value] of Object.entries(securityHeaders({ isProduction }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
