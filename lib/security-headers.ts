/** The Content-Security-Policy of a page: scripts only from here and only with this response's nonce. */
export function contentSecurityPolicy(nonce: string, { isDev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // React and the charts set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries. */
export function securityHeaders({ isProduction }: { isProduction: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(isProduction ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Methods that change nothing. */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type Request = { method: string; headers: Headers; nextUrl: { host: string; protocol: string } };

/**
 * A state-changing request from another site: refused before it reaches a server action or an API route.
 * X-Forwarded-Host names the site only behind proxies the app trusts (TRUST_PROXY), as X-Forwarded-For does.
 */
export function isCrossOrigin(request: Request, trustProxy: number): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (origin) {
    try {
      return new URL(origin).host !== siteHost(request, trustProxy);
    } catch {
      return true;
    }
  }
  // No Origin (old browsers, scripts): fall back to what the browser says about the request.
  return request.headers.get("sec-fetch-site") === "cross-site";
}

/**
 * The host the browser asked for: behind trusted proxies, the X-Forwarded-Host the outermost of them wrote (the server
 * in front, scripts/forwarded-headers.mjs, has kept that entry alone); else the Host header.
 */
function siteHost(request: Request, trustProxy: number): string {
  const forwarded = trustProxy > 0 ? request.headers.get("x-forwarded-host") : null;
  return forwarded ?? request.headers.get("host") ?? request.nextUrl.host;
}
