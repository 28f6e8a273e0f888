import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, type EmbeddedDatabase } from "@/db/embedded";

// The embedded database serves several clients at once (the app and the importer); each must get its own answers.
describe("the embedded database's wire server", () => {
  let embedded: EmbeddedDatabase;
  const client = () => postgres(embedded.url, { max: 1, prepare: false, onnotice: () => {} });

  beforeAll(async () => {
    embedded = await startEmbedded({ dataDir: null });
  });
  afterAll(async () => embedded.stop());

  it("answers each of several busy clients with its own results", async () => {
    const clients = [client(), client(), client()];
    const answers = await Promise.all(
      clients.map((sql, c) => Promise.all(Array.from({ length: 60 }, (_, i) => sql<{ v: string }[]>`select ${`${c}:${i}`}::text as v`))),
    );
    answers.forEach((ofClient, c) => expect(ofClient.map((rows) => rows[0]!.v)).toEqual(Array.from({ length: 60 }, (_, i) => `${c}:${i}`)));
    await Promise.all(clients.map((sql) => sql.end()));
  });

  it("keeps another client out of a transaction until it ends", async () => {
    const [writer, reader] = [client(), client()];
    await writer`create table if not exists counter (n int)`;
    await reader`select 1`;
    let readDuringTransaction: number | undefined;
    let read: Promise<unknown> = Promise.resolve();
    await writer.begin(async (tx) => {
      await tx`insert into counter values (1)`;
      read = reader<{ n: number }[]>`select count(*)::int as n from counter`.then((rows) => (readDuringTransaction = rows[0]!.n));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readDuringTransaction).toBeUndefined();
      await tx`insert into counter values (2)`;
    });
    await read;
    expect(readDuringTransaction).toBe(2);
    await Promise.all([writer.end(), reader.end()]);
  });

  it("rolls back the transaction of a client that goes away in the middle of it", async () => {
    const [leaver, other] = [client(), client()];
    await other`create table if not exists left_behind (n int)`;
    const reserved = await leaver.reserve();
    await reserved`begin`;
    await reserved`insert into left_behind values (1)`;
    await leaver.end({ timeout: 0 });
    const [row] = await other<{ n: number }[]>`select count(*)::int as n from left_behind`;
    expect(row!.n).toBe(0);
    await other.end();
  });
});
