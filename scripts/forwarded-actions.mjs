// Server actions posted to a page that does not hold them, for scripts/error-pages.mjs. Plain Node.
//
// Next runs such an action by posting the call again, to a page that holds it (its "forward", a request to this
// server). Its body is the call's, which the proxy measured. When the forward is refused with anything but flight data (a 403 of the proxy, a 400), Next answers the
// first request 200 with "{}"; a refusal in flight data goes out with status 200 too. So each call of an action
// gets an id, which Next's forward carries with the other headers, and the forward's answer is kept under it for
// the first request to take its status (and, when it is plain text, its words).
import { randomUUID } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

const CALL_HEADER = "x-ekip-action-call";
/** Set on a forward of a call under way here (and taken off every other request: scripts/serve.mjs), for proxy.ts. */
export const FORWARD_HEADER = "x-ekip-action-forward";
const MAX_KEPT_BYTES = 4096;
/** A call's id → the answer to its forward, once its head is written (null until then). */
const answers = new Map();

/**
 * A call of a server action: the forward of a call under way here, or a call of its own (given an id, replacing any
 * a client sent: only ids this server gave out, while their call lasts, are read as forwards).
 */
export function actionCall(request, response) {
  const id = request.headers[CALL_HEADER];
  if (request.headers["x-action-forwarded"] !== undefined && typeof id === "string" && answers.has(id)) {
    // Next sends the call's body on as it reads it, in chunks of no stated length: the proxy lets this one through.
    request.headers[FORWARD_HEADER] = "1";
    keepAnswer(response, id);
    return { forwardAnswer: () => null };
  }
  const own = randomUUID();
  request.headers[CALL_HEADER] = own;
  answers.set(own, null);
  response.once("close", () => answers.delete(own));
  return { forwardAnswer: () => answers.get(own) ?? null };
}

/** Keeps, under the call's id, the status this forward goes out with and its plain text; call before anything else wraps the response. */
function keepAnswer(response, id) {
  const node = { writeHead: response.writeHead, write: response.write, end: response.end };
  let answer = null;
  const chunks = [];
  let kept = 0;
  const keep = (chunk, encoding) => {
    if (!answer?.isText || chunk === undefined || typeof chunk === "function" || kept >= MAX_KEPT_BYTES) return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
    chunks.push(bytes);
    kept += bytes.length;
  };
  response.writeHead = function (status, ...rest) {
    const result = node.writeHead.call(this, status, ...rest);
    const type = String(this.getHeader("content-type") ?? "");
    const encoding = String(this.getHeader("content-encoding") ?? "");
    // Its words may follow its head (Next streams them): `whole` resolves once they are sent, or 1 s on.
    let sent;
    const whole = new Promise((resolve) => (sent = () => resolve(textOf(Buffer.concat(chunks), encoding))));
    response.once("finish", sent).once("close", sent);
    setTimeout(sent, 1000).unref();
    answer = { status, isFlight: type.startsWith("text/x-component"), isText: type.startsWith("text/plain"), whole };
    if (answers.has(id)) answers.set(id, answer);
    return result;
  };
  response.write = function (chunk, encoding, ...rest) {
    keep(chunk, encoding);
    return node.write.call(this, chunk, encoding, ...rest);
  };
  response.end = function (chunk, encoding, ...rest) {
    keep(chunk, encoding);
    return node.end.call(this, chunk, encoding, ...rest);
  };
}

/** The words of a plain-text answer as its headers encode them (Next compresses what it sends); "" when they cannot be read. */
function textOf(bytes, encoding) {
  try {
    const plain = encoding === "br" ? brotliDecompressSync(bytes) : encoding === "gzip" ? gunzipSync(bytes) : encoding === "deflate" ? inflateSync(bytes) : encoding ? null : bytes;
    return plain && plain.length <= MAX_KEPT_BYTES ? plain.toString("utf8") : "";
  } catch {
    return ""; // cut short at MAX_KEPT_BYTES, or not what its headers say
  }
}
