import net from "node:net";

export type TcpProxy = { port: number; freeze: () => void; cut: () => Promise<void>; restore: () => Promise<void>; close: () => Promise<void> };

/**
 * A TCP proxy in front of a database, for tests of what happens when it goes away: `cut` drops every
 * open connection and refuses new ones (nothing listens on the port), `restore` listens again, `freeze`
 * stops passing the server's answers on.
 */
export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const upstreams = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    upstreams.add(upstream);
    upstream.on("close", () => upstreams.delete(upstream));
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const listen = () => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
  await listen();
  port = (server.address() as net.AddressInfo).port;
  const stop = () => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    if (server.listening) server.close(() => resolve());
    else resolve();
  });
  // The server's answers stop coming (a network that hangs): the client waits, with nothing half-written on its side.
  const freeze = () => {
    for (const upstream of upstreams) upstream.unpipe().pause();
  };
  return { port, freeze, cut: stop, restore: listen, close: stop };
}
