// The HTTP server in front of Next.js (`npm start` runs it instead of `next start`). Plain Node: not compiled.
// It exists for one reason: Next exposes a client's address only as an X-Forwarded-For header it fills in when
// the request has none, so without a proxy in front anyone could name their own address. This server records the
// address of the socket in a header of its own, replacing whatever a client sent under that name
// (lib/auth/request-address.ts reads it; TRUST_PROXY decides whether X-Forwarded-For is believed instead).
import { createServer } from "node:http";
import next from "next";

const PEER_ADDRESS_HEADER = "x-ekip-peer-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = "localhost";

const httpServer = createServer();
const app = next({ dev, hostname, port, httpServer });
const handle = app.getRequestHandler();
await app.prepare();
httpServer.on("request", (request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
httpServer.listen(port, () => console.log(`> ready on http://localhost:${port} (${dev ? "development" : "production"})`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    httpServer.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; the load balancer has stopped sending by now.
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
