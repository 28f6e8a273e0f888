import "server-only";

/** Set by scripts/refused-page.mjs on its request for the forbidden page: the reason, base64url-encoded. */
export const REFUSAL_HEADER = "x-ekip-refusal";
