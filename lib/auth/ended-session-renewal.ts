import { getToken } from "next-auth/jwt";
import { getSessionActor } from "@/db/users";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** The database asked longer than this (it went away meanwhile) cannot tell: the page itself will. */
const CHECK_MS = 1000;

const cookieName = (setCookie: string) => setCookie.slice(0, setCookie.indexOf("=")).trim();

/**
 * Auth.js renews the session cookie on every signed-in request the proxy sees. Renewing one the database has ended
 * (signed out, everywhere or here, deactivated, a role or password changed) is worse than useless: the answer to a
 * request sent just before a new sign-in in the same browser (a link prefetched by an open page) arrives after it and
 * puts the ended session back in place of the new one. So an ended session's renewal is left out of the answer.
 */
export async function withoutEndedSessionRenewal(request: Request, response: Response): Promise<Response> {
  const cookies = response.headers.getSetCookie();
  const renewals = cookies.filter((c) => SESSION_COOKIE.test(cookieName(c)));
  // A 503 says the database is away: no question for it then.
  if (!renewals.length || response.status >= 500 || (await isSessionCurrent(request, cookieName(renewals[0]!).replace(/\.\d+$/, "")))) return response;
  response.headers.delete("set-cookie");
  for (const cookie of cookies) if (!renewals.includes(cookie)) response.headers.append("set-cookie", cookie);
  return response;
}

/** Whether the request's session is still one (true also when that cannot be told: then the renewal goes ahead). */
async function isSessionCurrent(request: Request, name: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const unanswered = (ms: number) => new Promise<"unanswered">((resolve) => (timer = setTimeout(() => resolve("unanswered"), ms)));
  try {
    const token = await getToken({ req: request, secret: process.env.AUTH_SECRET ?? "", cookieName: name, salt: name, secureCookie: name.startsWith("__Secure-") });
    if (!token || typeof token.uid !== "number" || typeof token.sv !== "number") return true;
    const actor = getSessionActor(token.uid, token.sv, typeof token.sid === "string" ? token.sid : undefined);
    return (await Promise.race([actor, unanswered(CHECK_MS)])) !== null;
  } catch {
    return true;
  } finally {
    clearTimeout(timer);
  }
}
