import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { STAKEHOLDER_CATEGORY_LABELS } from "@/lib/case/schema";
import { caseSearchBody, caseSearchTitle, namesAsOneWord, SEARCH_TEXT_VERSION } from "@/lib/case/search-text";
import { parseFile } from "../support/cases";
import { DELIVERED_CASE } from "../support/fixtures";

/**
 * The delivered case's search texts under each SEARCH_TEXT_VERSION (SHA-256, hex, first 16). A change to the texts
 * needs a new version, or the cases stored under the old rules keep texts that the new code would not write.
 */
const DELIVERED_TEXTS_BY_VERSION: Record<number, string> = {
  1: "6a79cb926be2d895",
  2: "30c89a5e09a20ee6",
  3: "99485f82485f1639",
  4: "5938af6c292f98fa",
};

describe("the text searched and quoted in snippets", () => {
  const delivered = parseFile(DELIVERED_CASE);

  it("ends each part as a sentence, so that a snippet running lines together still reads", () => {
    const stakeholder = { ...delivered.portfolio.stakeholders[0]!, name: "Design Futures Alliance" };
    const portfolio = { ...delivered.portfolio, stakeholders: [stakeholder], coordinator: "Who asks: why?", scope: "Ends with a colon:" };
    const lines = caseSearchBody({ ...delivered, portfolio }).split("\n");
    expect(lines).toContain(`${STAKEHOLDER_CATEGORY_LABELS[stakeholder.category]}: Design Futures Alliance.`);
    expect(lines).toContain("Who asks: why?");
    expect(lines).toContain("Ends with a colon:");
  });

  it("names each category of stakeholders once, and reads an inventory row as a sentence: what a snippet quotes", () => {
    const lines = caseSearchBody(delivered).split("\n");
    expect(lines).toContain("Companies and businesses: VIDEOFORMES; Angel Corp; LightLab.io.");
    expect(lines.filter((line) => line.startsWith("Local Authorities: "))).toHaveLength(1);
    expect(lines).toContain("USE'IN (enhancement-oriented, adaptive): Local incubator; Students, SME's, startups; High level on innovation.");
    // Every word is still there to be found: the facets ("mission-oriented") and each part of the row.
    expect(lines).toContain("BPI ICC (mission-oriented): Incubator, specialised in CCSI's; CCSI's.");
  });

  it("holds the methods used by their names, not their descriptions, which are the same in every case", () => {
    const body = caseSearchBody(delivered);
    expect(body.split("\n")).toContain("Methods used: Innovation Portfolio Canvas; OPSI model; LIEPT model.");
    // "Lund Innovation Ecosystem Portfolio Tracking", "Open Public Sector Innovation": a search for "Lund" or "open" found every case.
    for (const method of delivered.methods) expect(body).not.toContain(method.description.slice(0, 40));
    expect(body).not.toMatch(/\bLund\b/);
  });

  it("holds a name's word joined by an apostrophe as one word too, as /actors finds it", () => {
    expect(caseSearchBody(delivered).split("\n").at(-1)).toBe("Names also written as one word: USEIN.");
    expect(namesAsOneWord(["USE’IN", "Maison de l'Emploi", "Ecole d'Art", "SME's", "Fondazione dell'Arte", "USE'IN Lab"])).toBe("Names also written as one word: USEIN; dellArte");
    expect(namesAsOneWord(["Design Futures Alliance", "L'Atelier"])).toBe("");
  });

  it("is written under a new SEARCH_TEXT_VERSION whenever it changes", () => {
    const texts = `${caseSearchTitle(delivered)}\n\n${caseSearchBody(delivered)}`;
    const digest = createHash("sha256").update(texts).digest("hex").slice(0, 16);
    expect({ version: SEARCH_TEXT_VERSION, digest }, "the delivered case's search texts changed: raise SEARCH_TEXT_VERSION and add its digest").toEqual({
      version: SEARCH_TEXT_VERSION,
      digest: DELIVERED_TEXTS_BY_VERSION[SEARCH_TEXT_VERSION],
    });
  });
});
