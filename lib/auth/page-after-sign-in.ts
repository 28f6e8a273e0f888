/** Where signing in leads when no page asked for it: staff sign in to edit. */
const CASES_TO_EDIT = "/edit";

/**
 * The page to go to after signing in: the one asked for (`next`), only if it is a path on this site; never
 * `//host` or `/\host`, which browsers read as another site.
 */
export function pageAfterSignIn(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])[\w\-./?=&%#]*$/.test(next) ? next : CASES_TO_EDIT;
}
