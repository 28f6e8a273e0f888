import "server-only";
import type { AsyncLocalStorage } from "node:async_hooks";

/** Set by scripts/error-pages.mjs on its request for the forbidden page: the reason, base64url-encoded. */
export const REFUSAL_HEADER = "x-ekip-refusal";

/** What scripts/error-pages.mjs keeps of each request it hands to Next. */
type RequestRecord = { refusal?: string };

// On globalThis: the server in front and the bundled app run in one process (as db/health.ts's record does).
const requests = () => (globalThis as { __ekipRequests?: AsyncLocalStorage<RequestRecord> }).__ekipRequests;

/**
 * A server action's answer to someone who may not do what they asked: the form says why, and the server in front
 * answers 403 (a form sent without JavaScript gets the forbidden page, with the reason). Not Next's forbidden(): a
 * form sent without JavaScript would get the not-found page with status 404, and with JavaScript the form nothing.
 */
export function refused(reason: string): { ok: false; message: string } {
  const record = requests()?.getStore();
  if (record) record.refusal = reason;
  return { ok: false, message: `You may not do this. ${reason} Nothing was changed.` };
}
