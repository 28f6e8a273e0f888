import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: plain Node module of the server (scripts/serve.mjs), without type declarations
import { createPageCache } from "../../scripts/page-cache.mjs";

// The cache in front of a stand-in for Next on loopback, as scripts/serve.mjs wires it: the cache fetches a page it
// lacks from its own port, marked so that it goes to Next. The real Next behind it: tests/e2e/page-cache.spec.ts.
const NONCE = "bmV4dCdzIG5vbmNl";
const NEXT_PAGE = `<html><head><script src="/_next/static/chunks/a.js" nonce="${NONCE}"></script></head><body><h1>Lund</h1><script nonce="${NONCE}">self.__next_f.push([1,""])</script></body></html>`;
// Next's answer to a page that calls notFound(): an empty document, the not-found page only in the flight data.
const EMPTY_NOT_FOUND = `<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/a.js" nonce="${NONCE}"></script></head><body><div hidden=""></div><script nonce="${NONCE}">self.__next_f.push([1,"<h1>Page not found</h1>"])</script></body></html>`;
// Its answer to an address of no route (and to /_not-found): the not-found page rendered whole.
const NOT_FOUND_PAGE = NEXT_PAGE.replace("Lund", "Page not found");

let server: Server | undefined;
// What the stand-in renders for any other page: a test changes it to change the content.
let nextPage = NEXT_PAGE;
afterEach(() => {
  nextPage = NEXT_PAGE;
  return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

type Outage = { readRevision: () => Promise<number>; isMarkedDown: () => boolean; onDatabaseDown: () => void };

async function start(keep: boolean, outage?: Outage) {
  const rendered: string[] = [];
  const conditional: string[] = [];
  const next = (request: IncomingMessage, response: ServerResponse) => {
    rendered.push(request.url ?? "");
    if (request.headers["if-none-match"]) conditional.push(request.url ?? "");
    if (request.url === "/api/v1/cities") {
      const headers = { "content-type": "application/json; charset=utf-8", etag: 'W/"lund-and-more"', "content-security-policy": `script-src 'nonce-${NONCE}'` };
      return void response.writeHead(200, headers).end('{"cities":["lund"]}');
    }
    // "/broken" fails as a page does when the database goes away mid-render; once told, the proxy answers 503.
    const answers: Record<string, [number, string]> = {
      "/missing": [404, NEXT_PAGE], "/gone": [404, EMPTY_NOT_FOUND], "/_not-found": [404, NOT_FOUND_PAGE],
      "/broken": outage?.isMarkedDown() ? [503, "<h1>Temporarily unavailable</h1>"] : [500, "<html id=\"__next_error__\"></html>"],
    };
    const [status, html] = answers[request.url ?? ""] ?? [200, nextPage];
    response.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-${NONCE}'` }).end(html);
  };
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const cache = createPageCache({ port, handle: next, keep, readRevision: outage ? () => outage.readRevision() : async () => 7, onDatabaseDown: outage?.onDatabaseDown });
  server.on("request", (request, response) => void cache.serve(request, response));
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    const etag = response.headers.get("etag");
    return { status: response.status, state: response.headers.get("x-ekip-page-cache"), html: await response.text(), ...(etag ? { etag } : {}) };
  };
  return { get, rendered, conditional };
}

describe("the page cache in front of Next", () => {
  it("renders a reader's page once, then answers it kept, without the framework's scripts", async () => {
    const { get, rendered } = await start(true);
    const first = await get("/cities/lund");
    const second = await get("/cities/lund");
    expect([first.state, second.state]).toEqual(["miss", "hit"]);
    expect(rendered).toEqual(["/cities/lund"]);
    for (const { html } of [first, second]) {
      expect(html).toContain("<h1>Lund</h1>");
      expect(html).not.toContain("/_next/");
      expect(html).not.toContain("__next_f");
    }
  });

  it("answers 304 without a body to a client that holds the kept answer's ETag, and asks Next for the whole answer", async () => {
    for (const keep of [true, false]) {
      const { get, rendered, conditional } = await start(keep);
      const held = await get("/api/v1/cities", { "If-None-Match": 'W/"lund-and-more"' });
      expect([held.status, held.html, held.etag, held.state]).toEqual([304, "", 'W/"lund-and-more"', keep ? "miss" : "off"]);
      const other = await get("/api/v1/cities", { "If-None-Match": 'W/"an-older-list", "another"' });
      expect([other.status, other.html, other.etag]).toEqual([200, '{"cities":["lund"]}', 'W/"lund-and-more"']);
      expect((await get("/api/v1/cities", { "If-None-Match": '"lund-and-more"' })).status, "compared weakly").toBe(304);
      expect(rendered).toEqual(keep ? ["/api/v1/cities"] : ["/api/v1/cities", "/api/v1/cities", "/api/v1/cities"]);
      expect(conditional).toEqual([]);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it("answers 304 to a reader's browser that holds the page, and the whole page once it has changed", async () => {
    for (const keep of [true, false]) {
      let revision = 7;
      const { get } = await start(keep, { readRevision: async () => revision, isMarkedDown: () => false, onDatabaseDown: () => {} });
      const first = await get("/cities/lund");
      expect([first.status, first.etag]).toEqual([200, expect.stringMatching(/^W\/"/)]);
      const held = await get("/cities/lund", { "If-None-Match": first.etag! });
      expect([held.status, held.html, held.etag]).toEqual([304, "", first.etag]);
      expect((await get("/cities/lund", { "If-None-Match": 'W/"another"' })).status).toBe(200);
      revision = 8;
      nextPage = NEXT_PAGE.replace("Lund", "Lund, renamed");
      const changed = await get("/cities/lund", { "If-None-Match": first.etag! });
      expect([changed.status, changed.html]).toEqual([200, expect.stringContaining("Lund, renamed")]);
      expect(changed.etag).not.toBe(first.etag);
      nextPage = NEXT_PAGE;
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it("with PAGE_CACHE=off renders every request, and still serves it without the framework's scripts", async () => {
    const { get, rendered } = await start(false);
    const answers = [await get("/cities/lund"), await get("/cities/lund")];
    expect(answers.map((a) => a.state)).toEqual(["off", "off"]);
    expect(rendered).toEqual(["/cities/lund", "/cities/lund"]);
    for (const { html } of answers) expect(html).toBe("<html><head></head><body><h1>Lund</h1></body></html>");
  });

  it("answers a page that failed because the database went away with the proxy's 503, once it is told; a failure with the database up as it was", async () => {
    let isUp = true;
    let isMarkedDown = false;
    const outage = { readRevision: async () => (isUp ? 7 : Promise.reject(new Error("no answer"))), isMarkedDown: () => isMarkedDown, onDatabaseDown: () => (isMarkedDown = true) };
    const { get, rendered } = await start(true, outage);
    // A page that failed with the database up (a bug): readers get a plain error page, not the framework's empty document.
    const failed = await get("/broken");
    expect(failed.status).toBe(500);
    expect(failed.html).toContain("<h1>Something went wrong</h1>");
    expect(failed.html).not.toContain("__next_error__");
    expect(isMarkedDown).toBe(false);
    // Up when the page was asked for, gone when it failed.
    const revision = outage.readRevision;
    let reads = 0;
    outage.readRevision = async () => (reads++ === 0 ? revision() : ((isUp = false), revision()));
    expect(await get("/broken")).toEqual({ status: 503, state: null, html: "<h1>Temporarily unavailable</h1>" });
    expect(isMarkedDown).toBe(true);
    expect(rendered).toEqual(["/broken", "/broken", "/broken"]);
  });

  it("relays what it may not keep as Next answered it, a page not found without the framework, in both modes", async () => {
    for (const keep of [true, false]) {
      const { get } = await start(keep);
      const missing = await get("/missing");
      expect(missing).toEqual({ status: 404, state: null, html: "<html><head></head><body><h1>Lund</h1></body></html>" });
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it("answers a page's notFound(), which Next leaves empty but for the framework, with the not-found page: 404, no framework", async () => {
    for (const keep of [true, false]) {
      const { get, rendered } = await start(keep);
      const gone = await get("/gone");
      expect(gone).toEqual({ status: 404, state: null, html: "<html><head></head><body><h1>Page not found</h1></body></html>" });
      expect(rendered).toEqual(["/gone", "/_not-found"]);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });
});
