import "server-only";
import { asc, inArray, ne, sql } from "drizzle-orm";
import { caseSearchTexts, SEARCH_TEXT_VERSION } from "@/lib/case/search-text";
import { findCaseRows, toCaseDocument } from "./case-document";
import type { Database } from "./client";
import { bumpContentRevision } from "./content-revision";
import { cases } from "./schema";

// Rows stay locked for one batch; without a recount, 100 and 250 to a batch took the same time at 10,000 cases.
const BATCH = 100;

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
      const texts = rows.map((row) => {
        const { searchTitle, searchBody, searchTextVersion } = caseSearchTexts(toCaseDocument(row));
        return sql`(${row.id}::int, ${searchTitle}, ${searchBody}, ${searchTextVersion}::smallint)`;
      });
      await tx.execute(sql`update ${cases} set search_title = t.title, search_body = t.body, search_text_version = t.version
        from (values ${sql.join(texts, sql`, `)}) as t(id, title, body, version) where ${cases.id} = t.id`);
      // What searches find has changed: every instance's caches miss from the next request on. No count reads the texts.
      await bumpContentRevision(tx, { recount: false });
      return stale.length;
    });
    if (!count) return remade;
    remade += count;
  }
}
