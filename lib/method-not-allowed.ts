import { NextResponse, type NextRequest } from "next/server";

/**
 * What a page or file outside the API may be asked with: a page GET, HEAD and POST (its server actions, the
 * sign-in form), a file (its last part has a dot: a download, the feed) GET and HEAD. Next rendered a page for
 * DELETE and answered a file's POST 405 without saying what is allowed.
 */
function allowedMethods(pathname: string): string[] {
  return /\.[^/]*$/.test(pathname) ? ["GET", "HEAD"] : ["GET", "HEAD", "POST"];
}

/** The answer to any other method: 405 with Allow (RFC 9110), or 204 with Allow to a plain OPTIONS. The API answers its own. */
export function methodNotAllowed(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  const allowed = allowedMethods(pathname);
  if (pathname.startsWith("/api/") || allowed.includes(request.method)) return null;
  const allow = allowed.join(", ");
  if (request.method === "OPTIONS") return new NextResponse(null, { status: 204, headers: { Allow: allow } });
  return new NextResponse(`${request.method.slice(0, 20)} is not allowed here: this address takes ${allow}.\n`, {
    status: 405, headers: { Allow: allow, "Content-Type": "text/plain; charset=utf-8" },
  });
}
