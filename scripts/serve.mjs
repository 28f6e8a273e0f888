// The HTTP server in front of Next.js (`npm start` runs it instead of `next start`). Plain Node: not compiled.
// It exists for one reason: Next exposes a client's address only as an X-Forwarded-For header it fills in when
// the request has none, so without a proxy in front anyone could name their own address. This server records the
// address of the socket in a header of its own, replacing whatever a client sent under that name
// (lib/auth/request-address.ts reads it; TRUST_PROXY decides whether X-Forwarded-For is believed instead).
// In production it also serves public pages to readers who are not signed in without the framework's scripts, and
// keeps them (scripts/page-cache.mjs). And it answers refusals 403 with the forbidden page, and the not-found pages of
// signed-in people whole (scripts/error-pages.mjs).
import { createServer } from "node:http";
import { createRequire } from "node:module";
import next from "next";
import postgres from "postgres";
import { createPageCache } from "./page-cache.mjs";
import { answeringErrorPages } from "./error-pages.mjs";
import { FORWARD_HEADER } from "./forwarded-actions.mjs";
import { callbackAddressProblem } from "./auth-callback.mjs";
import { forwardedHeadersProblem, trustedProxies } from "./forwarded-headers.mjs";

const PEER_ADDRESS_HEADER = "x-ekip-peer-address";
const { parseAndValidateFlightRouterState } = createRequire(import.meta.url)("next/dist/server/app-render/parse-and-validate-flight-router-state.js");

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = "localhost";

// As `next start` sets it: where Next posts a server action again, to the page that holds it (scripts/forwarded-actions.mjs).
// Without it Next builds that address from the request's, https behind a proxy that ends TLS, which this server does not speak.
process.env.__NEXT_PRIVATE_ORIGIN = `http://${hostname}:${port}`;
const httpServer = createServer();
const app = next({ dev, hostname, port, httpServer });
// Refusals answered 403, with the forbidden page, and not-found pages whole: Next leaves both to the framework to draw.
const handle = answeringErrorPages(app.getRequestHandler(), port);
await app.prepare();
// Readers who are not signed in get pages without the framework's scripts (decision 0008), kept unless PAGE_CACHE=off.
const keep = process.env.PAGE_CACHE !== "off";
const pageCache = dev ? null : createPageCache({ port, handle, keep, readRevision: revisionReader(), onDatabaseDown: markDatabaseUnreachable });
const trustProxy = trustedProxies();
httpServer.on("request", (request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  const refusal = refusalBeforeNext(request);
  if (refusal) return refuse(response, refusal);
  delete request.headers[FORWARD_HEADER]; // only scripts/forwarded-actions.mjs says a request is Next's forward
  // A HEAD is answered as its GET is, Content-Length and ETag included; Node sends no body, having seen the HEAD.
  if (request.method === "HEAD") request.method = "GET";
  void (pageCache ? pageCache.serve(request, response) : handle(request, response)).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// A port taken, or not ours to use, ends the process with a failure (a supervisor restarts it), not a stack trace and exit 0.
httpServer.once("error", (error) => {
  const reason = error.code === "EADDRINUSE" ? `port ${port} is in use (set PORT to another)` : error.code === "EACCES" ? `port ${port} may not be used by this user (set PORT to another)` : error.message;
  console.error(`could not start: ${reason}`);
  process.exit(1);
});
httpServer.listen(port, () => console.log(`> ready on http://localhost:${port} (${dev ? "development" : "production"})`));

/** The longest address answered (8 KiB, as proxies such as nginx take by default); the site's own are far shorter. */
const MAX_ADDRESS_LENGTH = 8192;

/**
 * Requests Next would answer with a 500: a method the web's fetch cannot carry (TRACE), a Host that is no host, the
 * client router's state that Next cannot read (checked by Next's own reading of it), a callback address Auth.js
 * would fail on. And an address too long to be one of the site's, which a redirect (of `//`, of capitals) would send
 * back whole in a Location header too large for clients to read.
 */
function refusalBeforeNext(request) {
  if (["TRACE", "TRACK", "CONNECT"].includes(request.method)) return { status: 501, message: `${request.method} is not answered here.` };
  if ((request.url ?? "").length > MAX_ADDRESS_LENGTH) return { status: 414, message: `This address is too long: the site's addresses are at most ${MAX_ADDRESS_LENGTH.toLocaleString("en")} characters.` };
  if (!isReadableRouterState(request.headers["next-router-state-tree"])) return { status: 400, message: "The Next-Router-State-Tree header cannot be read: reload the page." };
  const problem = forwardedHeadersProblem(request, trustProxy) ?? callbackAddressProblem(request);
  return problem ? { status: 400, message: `${problem} Nothing was changed.` } : null;
}

function isReadableRouterState(header) {
  try {
    parseAndValidateFlightRouterState(header);
    return true;
  } catch {
    return false;
  }
}

function refuse(response, { status, message }) {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY",
  });
  response.end(`${message}\n`);
}

/** The content revision (db/content-revision.ts), or a rejection within 1.5 s when the database does not answer. */
function revisionReader() {
  const embedded = process.env.EKIP_EMBEDDED_DATABASE === "1";
  // Reconnects as db/client.ts's reconnectDelaySeconds does: within a second of the database coming back.
  const backoff = (retries) => (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, 1);
  const sql = postgres(process.env.DATABASE_URL, { max: embedded ? 1 : 2, prepare: !embedded, connect_timeout: 2, backoff, onnotice: () => {} });
  return () => {
    let timer;
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("no answer")), 1500)));
    const read = sql`select revision from content_revision where id = 1`.then(([row]) => Number(row?.revision ?? 0));
    return Promise.race([read, timeout]).finally(() => clearTimeout(timer));
  };
}

/**
 * Tells the proxy (proxy.ts, through db/health.ts's record on globalThis: one process) that the database is out of
 * reach, so that it answers 503 at once rather than after its next once-a-second check.
 */
function markDatabaseUnreachable() {
  // The same object db/health.ts keeps (it holds on to it): changed, not replaced.
  const known = (globalThis.__ekipDatabaseHealth ??= { health: "ok" });
  if (known.health === "ok") console.warn(`${new Date().toISOString()} database: unreachable; pages and the API answer 503 until it is back`);
  Object.assign(known, { health: "unreachable", at: Date.now() });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    httpServer.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; the load balancer has stopped sending by now.
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
