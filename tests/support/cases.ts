import { importCases } from "@/db/cases";
import type { CaseDocument } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, LUND_VARIANT, readText } from "./fixtures";

export function parseFile(file: string): CaseDocument {
  const result = parseCaseDocument(readText(file));
  if (!result.ok) throw new Error(result.error);
  return result.case;
}

/** The delivered case and the Lund variant, both published. */
export async function importPublishedFixtures(): Promise<void> {
  await importCases([parseFile(DELIVERED_CASE), parseFile(LUND_VARIANT)], { publish: true });
}
