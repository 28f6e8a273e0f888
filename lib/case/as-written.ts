import { caseDocumentName } from "./case-name";
import { linkedAs } from "./people-links";
import type { CaseDocument } from "./schema";

/**
 * A document as writing it over `stored` would store it: at the case's address (a saved case's never changes: its
 * public links would break), with the catalog's city and policy area (a write fills only their gaps), participants and stakeholders it leaves unlinked linked by name, as before, and the
 * editors' note as it is (ekip's, not the document's: an import never changes it).
 */
export function asWritten(document: CaseDocument, stored: CaseDocument): CaseDocument {
  return {
    ...document, slug: stored.slug, city: stored.city, policyArea: stored.policyArea, editorsNote: stored.editorsNote,
    participants: linkedAs(document.participants, stored.participants),
    portfolio: { ...document.portfolio, stakeholders: linkedAs(document.portfolio.stakeholders, stored.portfolio.stakeholders) },
  };
}

/** Why a document may not replace the stored case: it is another city's, policy area's or focus's case. */
export function otherCaseProblem(document: CaseDocument, stored: CaseDocument): string | undefined {
  const isSameCase = document.city.slug === stored.city.slug && document.policyArea.slug === stored.policyArea.slug && (document.focus ?? "") === (stored.focus ?? "");
  if (isSameCase) return undefined;
  return `This document is the case of ${caseDocumentName(document)}, not of ${caseDocumentName(stored)}: open that case to update it, or add it as a new case`;
}
