// Server actions posted to a page that does not hold them, for scripts/error-pages.mjs. Plain Node.
//
// Next runs such an action by posting the call again, to a page that holds it (its "forward", a request to this
// server from this server, at http://localhost:PORT: scripts/serve.mjs sets that origin). Its body is the call's,
// which the proxy measured. When the forward is refused with anything but flight data (a 403 of the proxy, a 400),
// Next answers the first request 200 with "{}"; a refusal in flight data goes out with status 200 too. So each call of
// an action gets an id, which Next's forward carries with the other headers. The forward is then given back what
// its connection cannot tell (the Host the client asked for, for the cross-site check, and the client's address, for
// the sign-in throttle and the audit log), and its answer is kept for the first request to take its status (and,
// when it is plain text, its words).
import { randomUUID } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

const CALL_HEADER = "x-ekip-action-call";
/** Set on a forward of a call under way here (and taken off every other request: scripts/serve.mjs), for proxy.ts. */
export const FORWARD_HEADER = "x-ekip-action-forward";
/** What the forward's own connection would say otherwise: the Host asked for, the client's address (scripts/serve.mjs). */
const CALLERS_HEADERS = ["host", "x-ekip-peer-address"];
const MAX_KEPT_BYTES = 4096;
/** A call's id → its caller's headers, and the answer to its forward once that answer's head is written. */
const calls = new Map();

/**
 * A call of a server action: the forward of a call under way here, or a call of its own (given an id, replacing any
 * a client sent: only ids this server gave out, while their call lasts, are read as forwards).
 */
export function actionCall(request, response) {
  const id = request.headers[CALL_HEADER];
  const forwarded = request.headers["x-action-forwarded"] !== undefined && typeof id === "string" ? calls.get(id) : undefined;
  if (forwarded) {
    for (const name of CALLERS_HEADERS) request.headers[name] = forwarded.caller[name];
    // Next sends the call's body on as it reads it, in chunks of no stated length: the proxy lets this one through.
    request.headers[FORWARD_HEADER] = "1";
    keepAnswer(response, forwarded);
    return { forwardAnswer: () => null };
  }
  const own = randomUUID();
  request.headers[CALL_HEADER] = own;
  const call = { caller: Object.fromEntries(CALLERS_HEADERS.map((name) => [name, request.headers[name]])), answer: null };
  calls.set(own, call);
  response.once("close", () => calls.delete(own));
  return { forwardAnswer: () => call.answer };
}

/**
 * Keeps, on its call, the status this forward goes out with and its plain text; call before anything else wraps the
 * response. Next reads only the head of a forward refused in plain text, and cancels its body: a plain-text answer's
 * head is held until the whole body is handed over, so that its words are kept before Next can close the connection.
 */
function keepAnswer(response, call) {
  const node = { writeHead: response.writeHead, write: response.write, end: response.end };
  const chunks = [];
  let kept = 0;
  let heldHead = null; // a plain-text answer's writeHead arguments, until its end
  const heldBody = [];
  // Kept whatever the answer's type: Node may write the head only within the `end` that sends the body.
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || kept > MAX_KEPT_BYTES) return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
    chunks.push(bytes);
    kept += bytes.length;
  };
  response.writeHead = function (status, ...rest) {
    const type = String(this.getHeader("content-type") ?? "");
    const encoding = String(this.getHeader("content-encoding") ?? "");
    const isText = type.startsWith("text/plain");
    // Its words follow its head: `whole` resolves once they are sent, or 1 s on.
    let sent;
    const whole = new Promise((resolve) => (sent = () => resolve(isText ? textOf(Buffer.concat(chunks), encoding) : "")));
    response.once("finish", sent).once("close", sent);
    setTimeout(sent, 1000).unref();
    call.answer = { status, isFlight: type.startsWith("text/x-component"), whole };
    if (!isText) return node.writeHead.call(this, status, ...rest);
    heldHead = [status, ...rest];
    return this;
  };
  // A write before any writeHead would have Node write the head itself, around the hold: it is written here first.
  const headFirst = (res) => {
    if (!res.headersSent && !heldHead) res.writeHead(res.statusCode);
  };
  response.write = function (chunk, encoding, ...rest) {
    headFirst(this);
    keep(chunk, encoding);
    if (heldHead) {
      heldBody.push([chunk, typeof encoding === "string" ? encoding : undefined]);
      const done = typeof encoding === "function" ? encoding : rest[0];
      if (typeof done === "function") process.nextTick(done);
      return true;
    }
    return node.write.call(this, chunk, encoding, ...rest);
  };
  response.end = function (chunk, encoding, ...rest) {
    headFirst(this);
    keep(chunk, encoding);
    if (heldHead) {
      node.writeHead.call(this, ...heldHead);
      heldHead = null;
      for (const [held, heldEncoding] of heldBody) node.write.call(this, held, heldEncoding);
    }
    return node.end.call(this, chunk, encoding, ...rest);
  };
}

/** The words of a plain-text answer as its headers encode them (Next compresses what it sends); "" when they cannot be read. */
function textOf(bytes, encoding) {
  if (bytes.length > MAX_KEPT_BYTES) return "";
  try {
    const plain = encoding === "br" ? brotliDecompressSync(bytes) : encoding === "gzip" ? gunzipSync(bytes) : encoding === "deflate" ? inflateSync(bytes) : encoding ? null : bytes;
    return plain && plain.length <= MAX_KEPT_BYTES ? plain.toString("utf8") : "";
  } catch {
    return ""; // not what its headers say
  }
}
