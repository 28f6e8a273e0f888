import { describe, expect, it } from "vitest";
import { otherCaseProblem } from "@/lib/case/as-written";
import type { CaseDocument } from "@/lib/case/schema";
import { previewDocumentUpdate } from "@/lib/history/document-update";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE, LUND_VARIANT } from "../support/fixtures";

const KNOWN = { cities: ["Saint-Etienne"], policyAreas: ["Artificial Intelligence"] };
const stored = (document: CaseDocument) => ({ document: { ...document, slug: "saint-etienne-ai", editorsNote: "Checked." }, version: 4, status: "published" as const });
const preview = (from: CaseDocument, to: CaseDocument) => previewDocumentUpdate(stored(from), to, { text: "the text", warnings: [], known: KNOWN });

describe("a corrected document read against its case", () => {
  it("is the same case when its city, policy area and focus are; another case is named", () => {
    const delivered = parseFile(DELIVERED_CASE);
    expect(otherCaseProblem({ ...delivered, title: "Another title" }, delivered)).toBeUndefined();
    expect(otherCaseProblem(parseFile(LUND_VARIANT), delivered)).toMatch(/^This document is the case of Lund: New European Bauhaus, not of Saint-Etienne: Artificial Intelligence: open that case/);
    expect(otherCaseProblem({ ...delivered, focus: "Museums" }, delivered)).toMatch(/^This document is the case of Saint-Etienne: Artificial Intelligence \(Museums\), not of/);
  });

  it("changes nothing when it holds what the case holds, whatever its address and editors' note", () => {
    const delivered = parseFile(DELIVERED_CASE);
    expect(preview(delivered, delivered)).toMatchObject({ isSame: true, blocks: [], problems: [], version: 4, status: "published", text: "the text" });
  });

  it("shows the sections it changes, and the serious problems it brings that the case does not have", () => {
    const delivered = parseFile(DELIVERED_CASE);
    const broken = { ...delivered, context: "A new context.", inventory: delivered.inventory.map((row, i) => (i === 0 ? { ...row, facets: [] } : row)) };
    const shown = preview(delivered, broken);
    expect(shown.isSame).toBe(false);
    expect(shown.blocks.flatMap((b) => (b.kind === "changed" ? [b.section.heading] : []))).toEqual(["The context", "Inventory"]);
    expect(shown.problems.map((p) => p.check)).toEqual(["missing-facet"]);
  });
});
