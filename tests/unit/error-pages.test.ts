import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { refused } from "@/lib/auth/refusal";
import { answerNotFound } from "@/lib/request-record";
// @ts-expect-error: plain Node module of the server (scripts/serve.mjs), without type declarations
import { answeringErrorPages } from "../../scripts/error-pages.mjs";

// The server in front of a stand-in for Next on loopback, as scripts/serve.mjs wires it; the server actions' side is
// the app's own lib/auth/refusal.ts. The real Next behind it: tests/e2e/authorisation.spec.ts.
const SCRIPT = '<script src="/_next/static/chunks/a.js"></script>';
// Next's answer to a page that calls forbidden(): an empty document, the forbidden page only in the flight data.
const EMPTY_FORBIDDEN = `<!DOCTYPE html><html id="__next_error__"><head>${SCRIPT}</head><body><script>self.__next_f.push([1,"You may not do this"])</script></body></html>`;
const REASON = "Only an admin manages people and roles.";
// Its answer to a page that calls notFound(), and to an address of no route (and /_not-found): the page rendered whole.
const EMPTY_NOT_FOUND = `<!DOCTYPE html><html id="__next_error__"><head>${SCRIPT}</head><body><script>self.__next_f.push([1,"Page not found"])</script></body></html>`;
const NOT_FOUND_PAGE = `<html><head>${SCRIPT}<title>Page not found</title></head><body><h1>Page not found</h1></body></html>`;
// A page that says itself there is no such page (a page past the last of a list), its links with it.
const NO_SUCH_PAGE = '<html><body><p>There is no page 99. <a href="/cases">Go to the first page</a>.</p></body></html>';
// The editors' own, a page of its own (status 200) under /edit, for the pages of /edit.
const EDITORS_NOT_FOUND_PAGE = `<html><head>${SCRIPT}<title>Not found</title></head><body><h1>Not found</h1></body></html>`;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Next as it answers: headers set, then the body written in parts (the head written implicitly). */
function answer(response: ServerResponse, status: number, type: string, ...parts: string[]) {
  response.statusCode = status;
  response.setHeader("content-type", type);
  for (const part of parts) response.write(part);
  response.end();
}

function next(request: IncomingMessage, response: ServerResponse) {
  const reason = request.headers["x-ekip-refusal"];
  if (request.url === "/_forbidden" && typeof reason === "string") {
    return answer(response, 200, "text/html", `<html><head>${SCRIPT}<title>You may not do this</title></head><body>`, `<h1>You may not do this</h1><p>${Buffer.from(reason, "base64url")}</p></body></html>`);
  }
  if (request.url === "/admin/users" && request.method === "GET") return answer(response, 403, "text/html", EMPTY_FORBIDDEN);
  if (request.url === "/_not-found") return answer(response, 404, "text/html", NOT_FOUND_PAGE);
  if (request.url === "/edit/_not-found" && request.headers["x-ekip-whole-page"]) return answer(response, 200, "text/html", EDITORS_NOT_FOUND_PAGE);
  if (request.url === "/cases?page=99") {
    answerNotFound();
    return answer(response, 200, request.headers.rsc ? "text/x-component" : "text/html", NO_SUCH_PAGE);
  }
  if (request.url === "/cases/nope") return answer(response, 404, "text/html", EMPTY_NOT_FOUND);
  if (request.url === "/edit/cases/999") {
    return request.headers.rsc ? answer(response, 404, "text/x-component", "0:", "{}") : answer(response, 404, "text/html", EMPTY_NOT_FOUND);
  }
  if (request.method === "POST") {
    refused(REASON);
    // A form sent with JavaScript gets flight data; one without, the page again (here Next's not-found page, as for forbidden()).
    return request.headers["next-action"] ? answer(response, 200, "text/x-component", "0:", "{}") : answer(response, 404, "text/html", "<h1>Page not found</h1>");
  }
  answer(response, 200, "text/html", "<h1>People and roles</h1>");
}

async function start() {
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const handle = answeringErrorPages(next, port);
  server.on("request", (request, response) => void handle(request, response));
  return async (path: string, init?: RequestInit) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
  };
}

describe("refusals and pages not found answered by the server in front of Next", () => {
  it("sends the forbidden page rendered whole, without the framework's scripts, for a page Next leaves empty", async () => {
    const page = await (await start())("/admin/users");
    expect(page.status).toBe(403);
    expect(page.body).toContain("<h1>You may not do this</h1>");
    expect(page.body).not.toContain("__next_error__");
    expect(page.body).not.toContain("/_next/");
  });

  it("answers a refused form sent without JavaScript 403 with the forbidden page and the reason", async () => {
    const page = await (await start())("/admin/users", { method: "POST", body: new URLSearchParams({ email: "x@example.org" }) });
    expect(page).toMatchObject({ status: 403, type: "text/html" });
    expect(page.body).toContain(`<p>${REASON}</p>`);
  });

  it("answers a refused server action 403 with its own answer, the form's message", async () => {
    const action = await (await start())("/admin/users", { method: "POST", headers: { "next-action": "a1" }, body: "[]" });
    expect(action).toEqual({ status: 403, type: "text/x-component", body: "0:{}" });
  });

  it("sends the not-found page rendered whole, without the framework's scripts, for a page Next leaves empty", async () => {
    const page = await (await start())("/cases/nope");
    expect(page).toMatchObject({ status: 404, type: "text/html" });
    expect(page.body).toBe("<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>");
  });

  it("sends the editors' own not-found page for a page of /edit, with status 404", async () => {
    const page = await (await start())("/edit/cases/999");
    expect(page).toMatchObject({ status: 404, type: "text/html" });
    expect(page.body).toBe("<html><head><title>Not found</title></head><body><h1>Not found</h1></body></html>");
  });

  it("leaves a not-found answer that is not a page asked for as a document as Next gave it", async () => {
    const ask = await start();
    expect(await ask("/edit/cases/999", { headers: { rsc: "1" } })).toEqual({ status: 404, type: "text/x-component", body: "0:{}" });
    // The page cache's own request: it makes readers' not-found pages whole itself (scripts/page-cache.mjs).
    const fill = await ask("/edit/cases/999", { headers: { "x-ekip-page-cache-fill": "1" } });
    expect(fill).toEqual({ status: 404, type: "text/html", body: EMPTY_NOT_FOUND });
  });

  it("answers a page that says there is no such page 404, as it is; its flight data 200, for the client router", async () => {
    const ask = await start();
    expect(await ask("/cases?page=99")).toEqual({ status: 404, type: "text/html", body: NO_SUCH_PAGE });
    expect((await ask("/cases?page=99", { headers: { "x-ekip-page-cache-fill": "1" } })).status).toBe(404);
    expect((await ask("/cases?page=99", { headers: { rsc: "1" } })).status).toBe(200);
  });

  it("leaves every other answer as Next gave it", async () => {
    const page = await (await start())("/edit");
    expect(page).toEqual({ status: 200, type: "text/html", body: "<h1>People and roles</h1>" });
  });

  it("words the form's message with the reason", () => {
    expect(refused(REASON)).toEqual({ ok: false, message: `You may not do this. ${REASON} Nothing was changed.` });
  });
});
