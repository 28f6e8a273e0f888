// The Host and X-Forwarded-* headers, for scripts/serve.mjs. Plain Node.
//
// Auth.js builds the site's address from them (AUTH_TRUST_HOST), and a value that is no address ("a b",
// "localhost:99999", "https, http" as two proxies that each append write it) made the sign-in page and every
// signed-in page answer 500. So: the Host must be a host; X-Forwarded-Host and -Proto are the client's own words
// unless TRUST_PROXY proxies stand in front (then each is read as X-Forwarded-For is, the entry of the outermost
// trusted proxy, and must be a host and http or https); otherwise they are taken off.
// Labels as URLs take them: letters, digits, hyphens, and underscores (a container's name, `ekip_app:3000`).
const HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

/** The proxies in front whose X-Forwarded-* headers are believed (TRUST_PROXY, checked at start by lib/env.ts). */
export const trustedProxies = () => Number(process.env.TRUST_PROXY || 0);

/** Why the request's Host or forwarded headers cannot be read (it is answered 400); or null, with them made single values. */
export function forwardedHeadersProblem(request, trustProxy) {
  const host = request.headers.host;
  if (host !== undefined && !isHost(host)) return "The Host header does not name a host.";
  if (trustProxy <= 0) {
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"]) delete request.headers[name];
    return null;
  }
  const checks = [
    ["x-forwarded-host", "X-Forwarded-Host", isHost],
    ["x-forwarded-proto", "X-Forwarded-Proto", (v) => /^https?$/i.test(v)],
    ["x-forwarded-port", "X-Forwarded-Port", (v) => /^\d{1,5}$/.test(v) && Number(v) <= 65535],
  ];
  for (const [name, label, isValid] of checks) {
    const value = request.headers[name];
    if (value === undefined) continue;
    const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
    const outermost = entries[Math.max(entries.length - trustProxy, 0)];
    if (outermost === undefined || !isValid(outermost)) return `The ${label} header the proxy in front sent cannot be read.`;
    request.headers[name] = name === "x-forwarded-proto" ? outermost.toLowerCase() : outermost;
  }
  return null;
}

function isHost(value) {
  const match = HOST.exec(value);
  return !!match && (match[1] === undefined || Number(match[1]) <= 65535);
}
