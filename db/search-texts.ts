import "server-only";
import { asc, eq, inArray, ne } from "drizzle-orm";
import { caseSearchBody, caseSearchTitle, SEARCH_TEXT_VERSION } from "@/lib/case/search-text";
import { findCaseRows, toCaseDocument } from "./case-document";
import type { Database } from "./client";
import { bumpContentRevision } from "./content-revision";
import { cases } from "./schema";

// Each transaction recounts the published counts once (0.3 s at 10,000 cases): 100 to a batch took 125 s there, 250 took 78.
const BATCH = 250;

/**
 * Makes again the search texts of every case written under other rules than this code's (SEARCH_TEXT_VERSION),
 * a batch to a transaction. Neither the case's version nor its time of change moves: its content is the same.
 * Instances starting at once share the work: each skips the rows another holds.
 */
export async function remakeStaleSearchTexts(db: Database): Promise<number> {
  let remade = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const stale = await tx.select({ id: cases.id }).from(cases).where(ne(cases.searchTextVersion, SEARCH_TEXT_VERSION))
        .orderBy(asc(cases.id)).limit(BATCH).for("update", { skipLocked: true });
      if (!stale.length) return 0;
      const rows = await findCaseRows(tx, inArray(cases.id, stale.map((r) => r.id)));
      // A row left stale would be picked again and again.
      if (rows.length !== stale.length) throw new Error(`of ${stale.length} cases whose search texts are stale, ${rows.length} could be read whole`);
      for (const row of rows) {
        const c = toCaseDocument(row);
        await tx.update(cases).set({ searchTitle: caseSearchTitle(c), searchBody: caseSearchBody(c), searchTextVersion: SEARCH_TEXT_VERSION }).where(eq(cases.id, row.id));
      }
      // What searches find has changed: every instance's caches miss from the next request on.
      await bumpContentRevision(tx);
      return stale.length;
    });
    if (!count) return remade;
    remade += count;
  }
}
