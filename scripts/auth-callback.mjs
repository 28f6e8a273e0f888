// The address Auth.js returns to after signing in or out, for scripts/serve.mjs. Plain Node.
//
// Auth.js takes it from a cookie or a `callbackUrl` parameter, and fails the whole request with a 500 ("a problem
// with the server configuration") when it is not an http(s) address (`javascript:alert(1)`). Our forms never send
// such a one: the cookie is taken off (and the error it logs with it), and the parameter answered 400.
const COOKIE = /^(?:__Secure-)?authjs\.callback-url$/;

/** As Auth.js reads the address (its isValidHttpUrl): a path of this site, or an http(s) address. */
function isHttpAddress(value) {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}

/** Why the request's callback address cannot be read (answered 400); or null, with an unreadable callback cookie taken off. */
export function callbackAddressProblem(request) {
  const cookies = request.headers.cookie?.split(";") ?? [];
  const kept = cookies.filter((cookie) => {
    const at = cookie.indexOf("=");
    if (at < 0 || !COOKIE.test(cookie.slice(0, at).trim())) return true;
    try {
      return isHttpAddress(decodeURIComponent(cookie.slice(at + 1).trim()));
    } catch {
      return false;
    }
  });
  if (kept.length !== cookies.length) request.headers.cookie = kept.join(";");
  if (!request.url?.startsWith("/api/auth/")) return null;
  const address = new URL(request.url, "http://localhost").searchParams.get("callbackUrl");
  return address === null || isHttpAddress(address) ? null : "The callbackUrl parameter is not an address of this site or an http(s) address.";
}
