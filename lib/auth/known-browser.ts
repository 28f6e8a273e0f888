import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A browser someone has signed in with before: its failed sign-ins count against that browser, not against the
 * account, so that strangers' wrong passwords, which lock the account, do not lock its owner out of their own
 * browser (OWASP's "device cookies"; decision 0017). The cookie names the account and a random id for the
 * browser, signed with AUTH_SECRET: it cannot be made for another account, and it proves nothing but a past sign-in.
 */
export const KNOWN_BROWSER_COOKIE = "ekip-known-browser";
export const KNOWN_BROWSER_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

const FORMAT = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

const secret = () => process.env.AUTH_SECRET ?? "";

const signature = (key: string, email: string, browser: string) => createHmac("sha256", key).update(`known-browser\n${email}\n${browser}`).digest("base64url");

/** The cookie's value for this account: the browser keeps its id when it had one. */
export function knownBrowserValue(email: string, browser: string = randomBytes(16).toString("base64url"), key: string = secret()): string {
  return `${Buffer.from(email).toString("base64url")}.${browser}.${signature(key, email, browser)}`;
}

/** The browser's id when the cookie is ours and names this account; null for anything else. */
export function knownBrowserOf(value: string | undefined, email: string, key: string = secret()): string | null {
  const match = FORMAT.exec(value ?? "");
  if (!match || !key) return null;
  const [, named, browser, signed] = match;
  if (Buffer.from(named!, "base64url").toString() !== email) return null;
  const expected = Buffer.from(signature(key, email, browser!));
  const given = Buffer.from(signed!);
  return given.length === expected.length && timingSafeEqual(given, expected) ? browser! : null;
}

/** The cookie's settings: kept for half a year, sent only to this site, never to scripts. */
export const knownBrowserCookieOptions = (secure: boolean) =>
  ({ httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: KNOWN_BROWSER_MAX_AGE_SECONDS }) as const;
