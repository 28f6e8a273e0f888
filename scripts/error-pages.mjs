// Error pages as Next 16 cannot answer them, for scripts/serve.mjs. Plain Node.
//
// A page that calls forbidden() or notFound() is answered 403 or 404 with an empty document
// (`<html id="__next_error__">`): React renders HTML without error boundaries, so the forbidden or not-found page is
// only in the flight data, for the framework to draw. Without JavaScript that is a blank page. (Readers who are not
// signed in get their not-found pages whole from scripts/page-cache.mjs, which keeps them.) And a server action
// cannot call forbidden(): Next answers a form sent without JavaScript with the not-found page and status 404, and
// one sent with JavaScript with a 403 its form never shows. So an action answers a refusal in its form
// (lib/auth/refusal.ts), which records the reason on the request; this server then answers it 403, and sends the
// forbidden page rendered whole, with the reason, wherever the answer is an HTML page. A page asked for as a
// document and answered 404 in HTML gets the not-found page rendered whole.
import { AsyncLocalStorage } from "node:async_hooks";
import { askNext, isHtml } from "./ask-next.mjs";
import { FILL_HEADER } from "./page-cache.mjs";
import { actionCall } from "./forwarded-actions.mjs";
import { withoutFrameworkScripts } from "./reader-page.mjs";

// The pages rendered whole: the forbidden page (app/(editor)/%5Fforbidden/page.tsx) is asked for with the reason in
// this header; the not-found pages are the one Next builds from app/not-found.tsx and, under /edit, the editors' own
// (app/(editor)/edit/%5Fnot-found/page.tsx, a page: status 200).
const FORBIDDEN_PAGE = "/_forbidden";
const REFUSAL_HEADER = "x-ekip-refusal";
// On this server's own requests for those pages (lib/whole-pages.ts): Next's answer goes out as it is.
const WHOLE_PAGE_HEADER = "x-ekip-whole-page";
// What lib/auth/refusal.ts records of each request: on globalThis, since the app is bundled apart (one process).
const requests = (globalThis.__ekipRequests ??= new AsyncLocalStorage());
// Of the request answered, what the page's request does not carry: its body, and what asks Next for flight data.
const NOT_ASKED_AGAIN = ["content-length", "content-type", "transfer-encoding", "expect", "accept-encoding", "connection", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "rsc"];
const NOT_SENT = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "set-cookie"]);
const FORBIDDEN = { status: 403, path: FORBIDDEN_PAGE, pageStatus: 200, plain: "You may not do this. Nothing was changed.\n" };
const NOT_FOUND = { status: 404, path: "/_not-found", pageStatus: 404, plain: "Page not found.\n" };
const EDITORS_NOT_FOUND = { ...NOT_FOUND, path: "/edit/_not-found", pageStatus: 200 };
const MALFORMED_ACTION = { status: 400, plain: "This was not sent as the site's forms send it: nothing was changed.\n" };

/** Next's request handler, with refusals and pages not found answered as above. */
export function answeringErrorPages(handle, port) {
  return (request, response) => {
    if (request.headers[WHOLE_PAGE_HEADER] !== undefined) return handle(request, response);
    const record = {};
    const isDocument = isDocumentRequest(request);
    const notFound = /^\/edit(\/|\?|$)/.test(request.url ?? "") ? EDITORS_NOT_FOUND : NOT_FOUND;
    const isAction = isActionRequest(request);
    const forwardAnswer = isAction ? actionCall(request, response).forwardAnswer : () => null;
    const replacementFor = (status) => {
      // Next answers a call it could not read, or one our action refused to read (lib/action-arguments.ts), with a 500.
      if (status === 500 && isAction && !record.actionAccepted) return record.malformedAction ? { ...MALFORMED_ACTION, plain: `${record.malformedAction}\n` } : MALFORMED_ACTION;
      const refusedForward = status === 200 ? forwardAnswer() : null;
      if (refusedForward && refusedForward.status >= 400 && !refusedForward.isFlight) return forwardedRefusal(refusedForward);
      if (!isHtml(response.getHeader("content-type"))) return null;
      if (status === 403 || record.refusal !== undefined) return { ...FORBIDDEN, reason: record.refusal ?? "" };
      return status === 404 && isDocument ? notFound : null;
    };
    // A page answered 200 is 403 when its request was refused, 410 when it is of a case withdrawn, 404 when it says
    // there is no such page (lib/request-record.ts); not the framework's flight data for it, which the client router
    // would take for a failure.
    const isFlight = request.headers.rsc !== undefined;
    const pageStatus = () => (isFlight ? undefined : record.gone ? 410 : record.notFound ? 404 : undefined);
    const statusOf = (status) => (status !== 200 ? status : record.refusal !== undefined ? 403 : pageStatus() ?? refusedForwardStatus(forwardAnswer()) ?? status);
    const ask = async (replacement) => {
      if (replacement.path) return askPage(port, request, replacement);
      if (replacement.plainLater) replacement.plain = await replacement.plainLater;
      return null; // answered in plain text
    };
    replaceErrorAnswer(response, replacementFor, statusOf, ask);
    return requests.run(record, () => handle(request, response));
  };
}

/** A forward of an action refused in flight data: its status, for the call it forwarded. */
const refusedForwardStatus = (answer) => (answer && answer.status >= 400 ? answer.status : undefined);

/** A forward of an action refused in plain text (scripts/forwarded-actions.mjs): its status and words, for the call it forwarded. */
function forwardedRefusal({ status, whole }) {
  const fallback = status === 400 ? MALFORMED_ACTION.plain : status === 403 ? FORBIDDEN.plain : "Nothing was changed.\n";
  return { status, plain: fallback, plainLater: whole.then((text) => (!text ? fallback : text.endsWith("\n") ? text : `${text}\n`)) };
}

/**
 * A server action's call: with JavaScript, it names the action in a header; without, the fields of a multipart form
 * name it (React sends such a form as multipart; Next takes no other kind of body as an action's).
 */
function isActionRequest(request) {
  if (request.method !== "POST" || request.url?.startsWith("/api/")) return false;
  return request.headers["next-action"] !== undefined || /^multipart\/form-data\b/i.test(request.headers["content-type"] ?? "");
}

/**
 * A page asked for as a document: not the framework's flight data, a server action's answer, or the page cache's own
 * request (it makes readers' not-found pages whole itself, and keeps them). A HEAD comes here as its GET (serve.mjs).
 */
function isDocumentRequest(request) {
  return request.method === "GET" && !["rsc", "next-action", FILL_HEADER].some((name) => request.headers[name] !== undefined);
}

/**
 * Decided when Next starts to answer: its status as `statusOf` says (403 refused, 410 gone, 404 no such page); an answer to replace (`replacementFor`) is
 * held back and the page rendered whole sent instead. Node writes the head through `writeHead` (also when a first
 * `write`, `end` or `flushHeaders` writes it implicitly), so these four are where Next's answer can be caught.
 */
function replaceErrorAnswer(response, replacementFor, statusOf, ask) {
  const node = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end };
  let replacement; // undefined until Next's head is written; then null when Next's answer goes out as it is
  // Decided once: after the head is written the status is the one statusOf gave (a 404 of a page that says so itself), not Next's.
  const held = (status = response.statusCode) => (replacement === undefined ? (replacement = replacementFor(status)) : replacement) !== null;
  response.writeHead = function (status, ...rest) {
    if (held(status)) return this;
    return node.writeHead.call(this, statusOf(status), ...rest);
  };
  response.flushHeaders = function () {
    if (!held()) node.flushHeaders.call(this);
  };
  response.write = function (...args) {
    return held() || node.write.apply(this, args);
  };
  response.end = function (...args) {
    if (!held()) return node.end.apply(this, args);
    ask(replacement).then((page) => sendPage(response, node, replacement, page), () => sendPage(response, node, replacement, null));
    return this;
  };
}

function sendPage(response, node, replacement, page) {
  // Next's own headers stay (its cookies among them); the page's replace those it has, the CSP with its nonce.
  for (const [name, value] of Object.entries(page?.headers ?? {})) if (!NOT_SENT.has(name)) response.setHeader(name, value);
  response.removeHeader("content-encoding"); // set by Next's compression for the body it no longer sends
  const body = page ? Buffer.from(withoutFrameworkScripts(page.body.toString("utf8"))) : Buffer.from(replacement.plain);
  if (!page) response.setHeader("content-type", "text/plain; charset=utf-8");
  response.setHeader("content-length", body.length);
  node.writeHead.call(response, replacement.status);
  node.end.call(response, body);
}

/** The page for the person answered (their cookies, so the editors' list of pages is theirs), or a rejection. */
async function askPage(port, request, { path, pageStatus, reason }) {
  const headers = { ...request.headers, accept: "text/html", [WHOLE_PAGE_HEADER]: "1" };
  if (reason !== undefined) headers[REFUSAL_HEADER] = Buffer.from(reason).toString("base64url");
  for (const name of NOT_ASKED_AGAIN) delete headers[name];
  const page = await askNext(port, path, headers);
  if (page.status !== pageStatus || !isHtml(page.headers["content-type"])) throw new Error(`${path}: ${page.status}`);
  return page;
}
