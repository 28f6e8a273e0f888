import { isDeepStrictEqual } from "node:util";
import { FACETS, type CaseDocument } from "./schema";

/**
 * What a revision keeps of a case: everything but its status, version and dates. An inventory row's facets
 * are a set: the editor sends them in the order of its checkboxes, a document in the order it gave them.
 */
function contentOf({ status: _s, version: _v, updatedAt: _u, publishedAt: _p, ...content }: CaseDocument) {
  return { ...content, inventory: content.inventory.map((row) => ({ ...row, facets: FACETS.filter((f) => row.facets.includes(f)) })) };
}

/** A write that would store what is already stored: it makes no revision (the history shows only changes). */
export const sameContent = (stored: CaseDocument, document: CaseDocument) => isDeepStrictEqual(contentOf(stored), contentOf(document));
