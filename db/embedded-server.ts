import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * Serves PGlite, a database with a single session, to several PostgreSQL clients (the app, the importer
 * while the app runs, tests). Clients take turns by whole protocol exchanges, never by single messages: an
 * exchange runs from the first message to its Sync (extended protocol) or Query (simple protocol), and a
 * client that leaves an exchange inside a transaction keeps its turn until the transaction ends. Without
 * that, one client's Bind could land on another client's Parse (PGlite's own socket server interleaves
 * single messages, which corrupts results under concurrent clients).
 */
const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const SYNC = "S".charCodeAt(0);
const QUERY = "Q".charCodeAt(0);
const TERMINATE = "X".charCodeAt(0);
const FLUSH = "H".charCodeAt(0);

class Turns {
  private queue: Array<() => void> = [];
  private holder: Connection | null = null;

  /** Waits for the database, then runs `work`; keeps the turn while the connection is inside a transaction. */
  async take(connection: Connection, work: () => Promise<boolean>): Promise<void> {
    if (this.holder !== connection) {
      while (this.holder) await new Promise<void>((resolve) => this.queue.push(resolve));
      this.holder = connection;
    }
    let keepTurn = false;
    try {
      keepTurn = await work();
    } finally {
      if (!keepTurn) this.release(connection);
    }
  }

  isHeldBy(connection: Connection): boolean {
    return this.holder === connection;
  }

  release(connection: Connection): void {
    if (this.holder !== connection) return;
    this.holder = null;
    this.queue.shift()?.();
  }
}

class Connection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private batch: Buffer[] = [];
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly socket: Socket, private readonly db: PGlite, private readonly turns: Turns) {
    socket.setNoDelay(true);
    socket.on("data", (data) => this.receive(data));
    socket.on("close", () => void this.close());
    socket.on("error", () => socket.destroy());
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (let message = this.next(); message; message = this.next()) this.handle(message);
  }

  /** The next whole message in the buffer, if one has arrived. */
  private next(): Buffer | null {
    const offset = this.started ? 1 : 0;
    if (this.buffer.length < offset + 4) return null;
    const length = this.buffer.readInt32BE(offset) + offset;
    if (this.buffer.length < length) return null;
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private handle(message: Buffer): void {
    if (!this.started) {
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST) return void this.socket.write("N");
      if (code === CANCEL_REQUEST) return;
      this.started = true;
      return this.run([message]);
    }
    if (message[0] === TERMINATE) return void this.socket.end();
    this.batch.push(message);
    // A Flush asks for the answers so far (postgres.js sends one to learn parameter types before Bind):
    // run what came, but keep the turn until the exchange ends with its Sync.
    if (message[0] === SYNC || message[0] === QUERY || message[0] === FLUSH) {
      const exchange = this.batch;
      this.batch = [];
      this.run(exchange, message[0] === FLUSH);
    }
  }

  private run(exchange: Buffer[], isUnfinished = false): void {
    this.chain = this.chain.then(() =>
      this.turns.take(this, () =>
        this.db.runExclusive(async () => {
          for (const message of exchange) {
            await this.db.execProtocolRawStream(new Uint8Array(message), { onRawData: (chunk) => void this.socket.write(chunk) });
          }
          return isUnfinished || this.db.isInTransaction();
        }),
      ),
    );
    this.chain = this.chain.catch(() => {
      this.socket.destroy();
    });
  }

  private async close(): Promise<void> {
    await this.chain;
    // A client gone in the middle of a transaction must not leave the database inside it.
    if (this.turns.isHeldBy(this) && this.db.isInTransaction()) await this.turns.take(this, async () => (await this.db.exec("rollback"), false));
    this.turns.release(this);
  }
}

export async function servePglite(db: PGlite, port: number): Promise<{ port: number; close: () => Promise<void> }> {
  await db.waitReady;
  const turns = new Turns();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    new Connection(socket, db, turns);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address();
  const close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { port: typeof address === "object" && address ? address.port : port, close };
}
