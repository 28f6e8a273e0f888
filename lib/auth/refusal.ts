import "server-only";
import { currentRequestRecord } from "../request-record";

/** Set by scripts/error-pages.mjs on its request for the forbidden page: the reason, base64url-encoded. */
export const REFUSAL_HEADER = "x-ekip-refusal";

/**
 * A server action's answer to someone who may not do what they asked: the form says why, and the server in front
 * answers 403 (a form sent without JavaScript gets the forbidden page, with the reason). Not Next's forbidden(): a
 * form sent without JavaScript would get the not-found page with status 404, and with JavaScript the form nothing.
 */
export function refused(reason: string): { ok: false; message: string } {
  const record = currentRequestRecord();
  if (record) record.refusal = reason;
  return { ok: false, message: `You may not do this. ${reason} Nothing was changed.` };
}
