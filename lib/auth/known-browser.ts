import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A browser someone has signed in with: its failed sign-ins count against that browser, not against the account,
 * so that strangers' wrong passwords, which lock the account, do not lock its owner out of their own browser
 * (OWASP's "device cookies"; decision 0017). The cookie holds a random id for the browser, signed with AUTH_SECRET
 * together with the account's address and session version: it names no one, cannot serve another account, and
 * is void once the account's sessions are ended (a new password, "sign out everywhere", an admin's change).
 */
export const KNOWN_BROWSER_COOKIE = "ekip-known-browser";
export const KNOWN_BROWSER_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

const FORMAT = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

const secret = () => process.env.AUTH_SECRET ?? "";

/** Whose browser, and for which of their session versions. */
export type KnownBrowserAccount = { email: string; sessionVersion: number };

const signature = (key: string, { email, sessionVersion }: KnownBrowserAccount, browser: string) =>
  createHmac("sha256", key).update(`known-browser\n${email}\n${sessionVersion}\n${browser}`).digest("base64url");

/** The cookie's value for this account: the browser keeps its id when it had one. */
export function knownBrowserValue(account: KnownBrowserAccount, browser: string = randomBytes(16).toString("base64url"), key: string = secret()): string {
  return `${browser}.${signature(key, account, browser)}`;
}

/** The browser's id when the cookie is ours and was given for this account as it is now; null for anything else. */
export function knownBrowserOf(value: string | undefined, account: KnownBrowserAccount, key: string = secret()): string | null {
  const match = FORMAT.exec(value ?? "");
  if (!match || !key) return null;
  const [, browser, signed] = match;
  const expected = Buffer.from(signature(key, account, browser!));
  return timingSafeEqual(Buffer.from(signed!), expected) ? browser! : null;
}

/** The cookie's settings: kept for half a year, sent only to this site, never to scripts. */
export const knownBrowserCookieOptions = (secure: boolean) =>
  ({ httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: KNOWN_BROWSER_MAX_AGE_SECONDS }) as const;
