import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "./client";
import { contentRevision } from "./schema";
import type { Transaction } from "./transaction";

/**
 * Marks the public content as changed, after the change's own writes: every instance's read caches
 * miss from the next request on, and the counts of published content are made again (unless `recount` is
 * false: a change that no count reads, such as the search texts). The revision's row stays locked until the
 * change commits, so changes are counted one after the other.
 */
export async function bumpContentRevision(tx: Transaction, { recount = true } = {}): Promise<void> {
  await tx
    .insert(contentRevision)
    .values({ id: 1, revision: 1 })
    .onConflictDoUpdate({ target: contentRevision.id, set: { revision: sql`${contentRevision.revision} + 1`, changedAt: sql`now()` } });
  if (recount) await tx.execute(sql`select refresh_published_counts()`);
}

export async function getContentRevision(): Promise<number> {
  const [row] = await getDb().select({ revision: contentRevision.revision }).from(contentRevision).where(eq(contentRevision.id, 1));
  return row?.revision ?? 0;
}

/**
 * What names the public content as it is now, for HTTP validators (ETag): the revision, and when it was made,
 * so that a database made afresh, whose revisions count from 1 again, does not pass for an older one.
 */
export async function getContentTag(): Promise<string> {
  const [row] = await getDb().select({ revision: contentRevision.revision, changedAt: contentRevision.changedAt }).from(contentRevision).where(eq(contentRevision.id, 1));
  return row ? `${row.revision}.${row.changedAt.getTime().toString(36)}` : "0";
}
