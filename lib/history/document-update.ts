import { asWritten } from "@/lib/case/as-written";
import type { CaseDocument, CaseStatus } from "@/lib/case/schema";
import { sameContent } from "@/lib/case/same-content";
import type { ImportWarning } from "@/lib/importer/case-builder";
import { newSeriousProblems } from "@/lib/quality/check-case";
import type { KnownPlaces, QualityProblem } from "@/lib/quality/types";
import { diffRevisions, foldUnchanged, type DiffBlock } from "./revision-diff";

/** What replacing a case with a corrected document would do, shown before anything is saved. */
export type DocumentUpdatePreview = {
  /** The document's text, sent back with the confirmation: nothing is kept on the server meanwhile. */
  text: string;
  /** The version and status the preview was made against: the save is refused if either has moved. */
  version: number; status: CaseStatus;
  isSame: boolean;
  blocks: DiffBlock[];
  warnings: ImportWarning[];
  /** Serious problems the document brings that the case does not have now. */
  problems: QualityProblem[];
};

type Stored = { document: CaseDocument; version: number; status: CaseStatus };

export function previewDocumentUpdate(stored: Stored, document: CaseDocument, { text, warnings, known }: { text: string; warnings: ImportWarning[]; known: KnownPlaces }): DocumentUpdatePreview {
  const written = asWritten(document, stored.document);
  const isSame = sameContent(stored.document, written);
  return {
    text, version: stored.version, status: stored.status, isSame, warnings,
    blocks: isSame ? [] : foldUnchanged(diffRevisions(stored.document, written)),
    problems: isSame ? [] : newSeriousProblems(stored.document, written, known),
  };
}
