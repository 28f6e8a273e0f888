/** Where signing in leads when no page asked for it: staff sign in to edit. */
const CASES_TO_EDIT = "/edit";

/**
 * A path on this site: "/" and then no "/" (browsers read "//host" as another site), and no backslash, space or
 * control character anywhere (browsers drop tabs and line breaks from an address, and read a backslash as a
 * slash: "/\host" is another site too).
 */
const SITE_PATH = /^\/(?!\/)[^\\\s\p{Cc}]*$/u;

/** The page to go to after signing in: the one asked for (`next`) if it is a path on this site. */
export function pageAfterSignIn(next: unknown): string {
  return typeof next === "string" && SITE_PATH.test(next) ? next : CASES_TO_EDIT;
}
