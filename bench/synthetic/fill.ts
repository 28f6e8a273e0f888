import { count, like } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cases } from "@/db/schema";
import { generateCases, SYNTHETIC_PREFIX } from "./cases";
import { writeNewCases } from "./bulk-write";

export type FillOptions = { seed?: number; batchSize?: number; onProgress?: (written: number) => void };

/** Writes `count` synthetic cases, published, a batch per transaction. Returns how many. */
export async function fillDatabase(count: number, { seed, batchSize = 250, onProgress }: FillOptions = {}): Promise<number> {
  let batch = [];
  let written = 0;
  for (const document of generateCases(count, seed)) {
    batch.push(document);
    if (batch.length === batchSize) {
      await writeNewCases(batch);
      written += batch.length;
      batch = [];
      onProgress?.(written);
    }
  }
  if (batch.length) {
    await writeNewCases(batch);
    written += batch.length;
    onProgress?.(written);
  }
  return written;
}

/** How many synthetic cases the database holds already (a second fill would collide with them). */
export async function countSyntheticCases(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(cases).where(like(cases.slug, `${SYNTHETIC_PREFIX}%`));
  return row?.n ?? 0;
}
