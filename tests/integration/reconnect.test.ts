import { sql } from "drizzle-orm";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, it } from "vitest";
import { connectDatabase, getDb } from "@/db/client";
import { describeOnEachDatabase } from "../support/databases";
import { startTcpProxy } from "../support/tcp-proxy";

describeOnEachDatabase("the app's connections after the database comes back", (kind) => {
  // postgres.js waits longer before each new connection after failed ones, up to 20 s by default: the app went on
  // answering 503 for that long after an outage (seen in the outage-under-load browser test). db/client.ts caps it.
  it("are made again within about a second, however many failed while it was away", async () => {
    const { host: [host], port: [port], database } = getDb().$client.options as unknown as { host: string[]; port: number[]; database: string };
    const proxy = await startTcpProxy({ host: host!, port: port! });
    const through = connectDatabase(`postgres://postgres@127.0.0.1:${proxy.port}/${database}`, { embedded: kind === "pglite" });
    const ask = () => through.db.execute(sql`select 1 as one`);
    try {
      await ask();
      await proxy.cut();
      // As a busy instance does while the database is away: queries come all the time, many at once, and fail.
      const asked: Array<Promise<unknown>> = [];
      for (const cutUntil = Date.now() + 3000; Date.now() < cutUntil; await sleep(100)) {
        asked.push(...Array.from({ length: 10 }, () => ask().catch(() => "failed")));
      }
      await proxy.restore();
      const restoredAt = Date.now();
      await ask();
      expect(Date.now() - restoredAt).toBeLessThan(2500);
      // And nothing asked meanwhile is left waiting: each has failed or been answered.
      const waited = await Promise.race([Promise.all(asked).then(() => "all settled"), sleep(5000).then(() => "some still waiting")]);
      expect(waited).toBe("all settled");
    } finally {
      await through.close();
      await proxy.close();
    }
  });
});
