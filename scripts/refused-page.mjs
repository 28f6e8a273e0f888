// Refusals as Next 16 cannot answer them, for scripts/serve.mjs. Plain Node.
//
// A page that calls forbidden() is answered 403 with an empty document (`<html id="__next_error__">`): React renders
// HTML without error boundaries, so the forbidden page is only in the flight data, for the framework to draw (the
// same as for notFound(): scripts/page-cache.mjs). Without JavaScript that is a blank page. And a server action
// cannot call forbidden(): Next answers a form sent without JavaScript with the not-found page and status 404, and
// one sent with JavaScript with a 403 its form never shows. So an action answers a refusal in its form
// (lib/auth/refusal.ts), which records the reason on the request; this server then answers it 403, and sends the
// forbidden page rendered whole, with the reason, wherever the answer is an HTML page.
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import { withoutFrameworkScripts } from "./reader-page.mjs";

// The forbidden page rendered whole (app/(editor)/%5Fforbidden/page.tsx), asked for with this header: the reason.
const FORBIDDEN_PAGE = "/_forbidden";
const REFUSAL_HEADER = "x-ekip-refusal";
// What lib/auth/refusal.ts records of each request: on globalThis, since the app is bundled apart (one process).
const requests = (globalThis.__ekipRequests ??= new AsyncLocalStorage());
// Of the request refused, what the forbidden page's request does not carry: its body, and what asks Next for flight data.
const NOT_ASKED_AGAIN = ["content-length", "content-type", "transfer-encoding", "expect", "accept-encoding", "connection", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "rsc"];
const NOT_SENT = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "set-cookie"]);
const PLAIN_REFUSAL = "You may not do this. Nothing was changed.\n";

/** Next's request handler, with refusals answered as above. */
export function answeringRefusals(handle, port) {
  return (request, response) => {
    if (request.headers[REFUSAL_HEADER] !== undefined) return handle(request, response);
    const record = {};
    replaceForbiddenAnswer(response, () => record.refusal, (reason) => askForbiddenPage(port, request, reason));
    return requests.run(record, () => handle(request, response));
  };
}

/**
 * Decided when Next starts to answer: an answer to a refused request is 403; an HTML one, or Next's own 403 page, is
 * held back and the forbidden page sent instead. Node writes the head through `writeHead` (also when a first
 * `write`, `end` or `flushHeaders` writes it implicitly), so these four are where Next's answer can be caught.
 */
function replaceForbiddenAnswer(response, refusalOf, askPage) {
  const node = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  let isHeld;
  const held = (status = response.statusCode) => (isHeld ??= isHtml(response.getHeader("content-type")) && (status === 403 || refusalOf() !== undefined));
  response.writeHead = function (status, ...rest) {
    if (held(status)) return this;
    return node.writeHead.call(this, status === 200 && refusalOf() !== undefined ? 403 : status, ...rest);
  };
  response.flushHeaders = function () {
    if (!held()) node.flushHeaders.call(this);
  };
  response.write = function (...args) {
    return held() || node.write.apply(this, args);
  };
  response.end = function (...args) {
    if (!held()) return node.end.apply(this, args);
    askPage(refusalOf()).then((page) => sendPage(response, node, page), () => sendPage(response, node, null));
    return this;
  };
}

function sendPage(response, node, page) {
  // Next's own headers stay (its cookies among them); the page's replace those it has, the CSP with its nonce.
  for (const [name, value] of Object.entries(page?.headers ?? {})) if (!NOT_SENT.has(name)) response.setHeader(name, value);
  response.removeHeader("content-encoding"); // set by Next's compression for the body it no longer sends
  const body = page ? Buffer.from(withoutFrameworkScripts(page.body.toString("utf8"))) : Buffer.from(PLAIN_REFUSAL);
  if (!page) response.setHeader("content-type", "text/plain; charset=utf-8");
  response.setHeader("content-length", body.length);
  node.writeHead.call(response, 403);
  node.end.call(response, body);
}

/** The forbidden page for the person refused (their cookies, so the editors' list of pages is theirs), or a rejection. */
function askForbiddenPage(port, request, reason) {
  const headers = { ...request.headers, accept: "text/html", [REFUSAL_HEADER]: Buffer.from(reason ?? "").toString("base64url") };
  for (const name of NOT_ASKED_AGAIN) delete headers[name];
  return new Promise((resolve, reject) => {
    const ask = http.get({ host: "127.0.0.1", port, path: FORBIDDEN_PAGE, headers }, (answer) => {
      const chunks = [];
      answer.on("data", (chunk) => chunks.push(chunk));
      answer.on("error", reject);
      answer.on("end", () => {
        const page = { headers: answer.headers, body: Buffer.concat(chunks) };
        return answer.statusCode === 200 && isHtml(answer.headers["content-type"]) ? resolve(page) : reject(new Error(`forbidden page: ${answer.statusCode}`));
      });
    });
    ask.on("error", reject);
  });
}

const isHtml = (contentType) => String(contentType ?? "").startsWith("text/html");
