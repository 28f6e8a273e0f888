import { describe, expect, it } from "vitest";
import { blocksPublishing, checkCase } from "@/lib/quality/check-case";
import { duplicateActors, emptySections, missingFacets, numberingGaps, otherPlaces, stakeholdersNotInInventory, unlikelyWorkshopDate } from "@/lib/quality/checks";
import { lostAccents } from "@/lib/quality/lost-accents";
import type { CaseDocument } from "@/lib/case/schema";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import { DELIVERED_CASE, readText } from "../support/fixtures";

function delivered(): CaseDocument {
  const r = parseCaseDocument(readText(DELIVERED_CASE));
  if (!r.ok) throw new Error(r.error);
  return r.case;
}

const KNOWN = { cities: ["Rotterdam", "Košice", "Bratislava", "Lund", "Saint-Etienne"], policyAreas: ["Artificial Intelligence", "New European Bauhaus"] };

describe("quality checks on the delivered Saint-Etienne case", () => {
  const c = delivered();

  it("flags the summary that speaks of Košice and the New European Bauhaus", () => {
    expect(otherPlaces(c, KNOWN).map((p) => [p.section, p.message])).toEqual([
      ["summary", "The summary section names the city Košice, not this case's Saint-Etienne"],
      ["summary", "The summary section names the policy area New European Bauhaus, not this case's Artificial Intelligence"],
    ]);
  });

  it("finds the lost accents of “Ecole suprieure”, “dpartement” and “Cit 2025”", () => {
    const messages = lostAccents(c).map((p) => `${p.section}: ${p.message}`);
    expect(messages).toContain("participants: “suprieure” looks like “supérieure” with its accents lost");
    expect(messages).toContain("participants: “dpartement” looks like “département” with its accents lost");
    expect(messages).toContain("introduction: “Cit” looks like “cité” with its accents lost");
  });

  it("does not take a short word of its own for one of the case's accented words (“Mar” in “Estrela do Mar”, beside “maré”)", () => {
    const changed = { ...c, context: "The maré of the Atlantic reaches Estrela do Mar twice a day; the ÉCOLE and Košice stay." };
    const messages = lostAccents(changed).map((p) => p.message);
    expect(messages).not.toContain("“Mar” looks like “maré” with its accents lost");
    expect(lostAccents({ ...changed, context: `${changed.context} Koice too.` }).map((p) => p.message)).toContain("“Koice” looks like “košice” with its accents lost");
  });

  it("blocks publishing until the serious problems are fixed", () => {
    expect(blocksPublishing(checkCase(c, KNOWN))).toBe(true);
    const fixed = { ...c, summary: { conclusions: [], recommendations: [] } };
    expect(checkCase(fixed, KNOWN).filter((p) => p.severity === "serious")).toEqual([]);
  });

  it("lists the stakeholders who are not in the inventory", () => {
    expect(stakeholdersNotInInventory(c).map((p) => p.message)).toEqual([
      "The stakeholder Loire (landlocked département) is not in the inventory",
      "The stakeholder Ecole supérieure d'Art et Design is not in the inventory",
      "The stakeholder réseau HACNUM is not in the inventory",
    ]);
  });
});

describe("each quality check on made-up problems", () => {
  const c = delivered();

  it("an inventory row without a facet", () => {
    const changed = { ...c, inventory: c.inventory.map((r, i) => (i === 2 ? { ...r, facets: [] } : r)) };
    expect(missingFacets(changed)).toEqual([{ check: "missing-facet", severity: "serious", section: "inventory", message: "Pulsalys has no OPSI facet" }]);
    expect(missingFacets(c)).toEqual([]);
  });

  it("an actor listed twice", () => {
    const changed = { ...c, inventory: [...c.inventory, c.inventory[0]!] };
    expect(duplicateActors(changed).map((p) => p.message)).toEqual(["USE'IN is listed 2 times in the inventory"]);
    expect(duplicateActors(c)).toEqual([]);
  });

  it("empty required sections", () => {
    const changed = { ...c, context: " ", inventory: [], findings: { ...c.findings, recommendations: [] } };
    expect(emptySections(changed).map((p) => p.message)).toEqual(["The context is empty", "The inventory is empty", "There are no closing recommendations"]);
    expect(emptySections(c)).toEqual([]);
  });

  it("numbering gaps in conclusions and recommendations", () => {
    const recommendations = c.findings.recommendations.map((f, i) => (i === 2 ? { ...f, number: 4 } : f));
    expect(numberingGaps({ ...c, findings: { ...c.findings, recommendations } }).map((p) => p.message)).toEqual(["The closing recommendations are numbered 1, 2, 4"]);
    expect(numberingGaps(c)).toEqual([]);
  });

  it("a place of one word is named with its capital: the policy area Design, not the word design", () => {
    const known = { ...KNOWN, policyAreas: [...KNOWN.policyAreas, "Design"] };
    const quiet = { ...c, summary: { conclusions: [], recommendations: [] } };
    const inContext = (context: string) => otherPlaces({ ...quiet, context }, known).filter((p) => p.section === "context").map((p) => p.message);
    expect(inContext("Design thinking and co-design methods shape the programme.")).toEqual(["The context section names the policy area Design, not this case's Artificial Intelligence"]);
    expect(inContext("Thinking about design, and co-design methods.")).toEqual([]);
    expect(inContext("As in LUND and in lund.")).toEqual(["The context section names the city Lund, not this case's Saint-Etienne"]);
    // A common word in names and titles ("Design Futures Alliance", "1. Establish a District Design Table"): to look at, not serious.
    expect(otherPlaces({ ...quiet, context: "Design students." }, known).filter((p) => p.section === "context").map((p) => p.severity)).toEqual(["warning"]);
    expect(otherPlaces({ ...quiet, context: "As in Lund." }, known).filter((p) => p.section === "context").map((p) => p.severity)).toEqual(["serious"]);
    // A name whose first letter is not a capital is found as it is written.
    const hertogenbosch = { ...known, cities: [...known.cities, "'s-Hertogenbosch"] };
    expect(otherPlaces({ ...quiet, context: "Visited 's-Hertogenbosch." }, hertogenbosch).filter((p) => p.section === "context")).toHaveLength(1);
    // A first letter that loses its accent as two letters (Æ: AE) is still found.
    const aero = { ...known, cities: [...known.cities, "Ærøskøbing"] };
    expect(otherPlaces({ ...quiet, context: "Visited Ærøskøbing." }, aero).filter((p) => p.section === "context")).toHaveLength(1);
  });

  it("a place named in a word that only contains it is not flagged", () => {
    expect(otherPlaces({ ...c, summary: { conclusions: [], recommendations: [] }, context: "Lundgren and Rotterdamse visited." }, KNOWN)).toEqual([]);
  });
});

describe("the workshop date", () => {
  const c = delivered();
  const today = new Date("2026-12-05T10:00:00Z");
  const on = (workshopDate: string | null) => unlikelyWorkshopDate({ ...c, workshopDate }, today).map((p) => [p.severity, p.section, p.message]);

  it("is questioned when it is still to come or before 2000, and only then", () => {
    expect(on("2099-06-01")).toEqual([["warning", "start", "The workshop date, 1 June 2099, is still to come: is the year right?"]]);
    // Today where the editor is may be tomorrow in UTC.
    expect(on("2026-12-06")).toEqual([]);
    expect(on("2026-12-07")).toHaveLength(1);
    expect(on("0001-01-01")).toEqual([["warning", "start", "The workshop date, 1 January 1, is before 2000: is the year right?"]]);
    for (const fine of ["2026-12-05", "2025-05-01", "2000-01-01", null]) expect(on(fine), String(fine)).toEqual([]);
  });

  it("is among the checks of a case, which otherwise do not change with the day", () => {
    const future = { ...c, workshopDate: "2099-06-01" };
    expect(checkCase(future, KNOWN, today).map((p) => p.check)).toContain("workshop-date");
    expect(checkCase(future, KNOWN, new Date("2100-01-01")).map((p) => p.check)).not.toContain("workshop-date");
  });
});
