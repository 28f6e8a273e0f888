import { readTrustProxy } from "../env";

/** Set by scripts/serve.mjs from the socket, replacing any value a client sent. */
export const PEER_ADDRESS_HEADER = "x-ekip-peer-address";

/**
 * The client's address, for the sign-in throttle and the audit log. Behind `trustProxy` proxies (TRUST_PROXY),
 * each of which appends the address it was reached from to X-Forwarded-For, the client is the entry the
 * outermost of them added: `trustProxy` entries from the right. Entries further left were written by the client
 * and prove nothing. With no proxy trusted, the header is ignored and the socket's address is used.
 */
export function requestAddress(headers: Headers, trustProxy: number = readTrustProxy()): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
  if (trustProxy <= 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (!forwarded.length) return peer;
  // Fewer entries than proxies: the request skipped a proxy; the left-most is still one a proxy wrote.
  return forwarded[Math.max(forwarded.length - trustProxy, 0)]!;
}
