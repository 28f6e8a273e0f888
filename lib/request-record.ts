import "server-only";
import type { AsyncLocalStorage } from "node:async_hooks";

/** What scripts/error-pages.mjs keeps of each request it hands to Next, for the status it answers with. */
export type RequestRecord = {
  /** Refused: 403, with the reason. */ refusal?: string;
  /** A page of something that was public and is no longer: 410. */ gone?: boolean;
  /** A page that says there is no such page, its own way (a page past the last of a list): 404. */ notFound?: boolean;
  /** A server action read what it was sent (lib/action-arguments.ts): a failure after this is the action's own, a 500. */ actionAccepted?: boolean;
  /** A server action was sent something other than its form: 400, with this message. */ malformedAction?: string;
};

// On globalThis: the server in front and the bundled app run in one process (as db/health.ts's record does).
export const currentRequestRecord = () => (globalThis as { __ekipRequests?: AsyncLocalStorage<RequestRecord> }).__ekipRequests?.getStore();

/**
 * The page being rendered is of something that was public and is no longer (a withdrawn case): the server in front
 * answers it 410 Gone, as the API and the downloads do, so that search engines drop it. The page still says why.
 */
export function answerGone(): void {
  const record = currentRequestRecord();
  if (record) record.gone = true;
}

/**
 * The page being rendered says itself that there is no such page (a page past the last of a list, with links to
 * the last and the first): the server in front answers it 404, so that search engines drop it. notFound() would
 * put the generic not-found page in its place, which takes no parameters and so could not link to the last page.
 */
export function answerNotFound(): void {
  const record = currentRequestRecord();
  if (record) record.notFound = true;
}
