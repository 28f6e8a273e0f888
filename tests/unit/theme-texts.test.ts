import { describe, expect, it } from "vitest";
import type { CaseDocument } from "@/lib/case/schema";
import { themeTexts } from "@/lib/compare/theme-texts";
import { parseFile } from "../support/cases";
import { LUND_VARIANT } from "../support/fixtures";

const lund = parseFile(LUND_VARIANT);

function caseWith(slug: string, actors: string[], challenge: string[], recommendation?: { title: string; body: string }): CaseDocument {
  return {
    ...lund,
    slug,
    inventory: actors.map((name) => ({ ...lund.inventory[0]!, actor: { slug: name.toLowerCase().replace(/\W+/g, "-"), name } })),
    participants: [],
    portfolio: { ...lund.portfolio, stakeholders: [], challenges: [{ heading: challenge[0]!, items: challenge.slice(1) }], opportunities: [] },
    findings: { ...lund.findings, recommendations: recommendation ? [{ number: 1, ...recommendation }] : [] },
  };
}

describe("the texts recurring themes are found in", () => {
  it("leave out of a case's texts the names of two words or more it gives organisations and people, whole and in any case", () => {
    const a = caseWith("a", ["Design Futures Alliance", "Designers +", "Open Data"], ["Funding", "Little funding from design  futures alliance (DFA) for designers"]);
    const b = caseWith("b", ["Lightlab"], ["Skills", "The Design Futures Alliances and Lightlab train few designers; open data and Design Futures Alliance"]);
    expect(themeTexts([a, b]).map((t) => [t.caseSlug, t.area, t.text])).toEqual([
      ["a", "challenges", "Funding. Little funding from   (DFA) for designers"],
      // Another word that holds the name is not the name; a one-word name ("Lightlab", "Designers +") is left, and
      // another case's names ("Open Data", which b may mean as words).
      ["b", "challenges", "Skills. The Design Futures Alliances and Lightlab train few designers; open data and Design Futures Alliance"],
    ]);
  });

  it("hold a group's heading and items, and a closing recommendation's title once when its body opens with it", () => {
    const lead = caseWith("a", [], ["Space"], { title: "Pool resources", body: "Pool resources across districts." });
    const apart = caseWith("b", [], ["Space", "No studios", "No halls"], { title: "Open studios", body: "In every district." });
    expect(themeTexts([lead, apart]).map((t) => t.text)).toEqual(["Space", "Pool resources across districts.", "Space. No studios. No halls", "Open studios. In every district."]);
  });

  it("match a name written with other accents and capitals, in any script", () => {
    const a = caseWith("a", ["Δήμος Θεσσαλονίκης", "Cité du design"], ["Χρηματοδότηση", "Ο ΔΗΜΟΣ ΘΕΣΣΑΛΟΝΙΚΗΣ και η CITE DU DESIGN"]);
    expect(themeTexts([a])[0]!.text).toBe("Χρηματοδότηση. Ο   και η  ");
  });

  it("match a name by its words, whatever stands between them, the longest of those that start alike", () => {
    const a = caseWith("a", ["C.A.T. (Culture) Lab", "Arts [and] Crafts Hub", "Arts and Crafts"], ["Access", "C.A.T. (Culture) Lab, Arts and Crafts Hub; arts and crafts; CxAxTx (Culture) Lab stays"]);
    expect(themeTexts([a])[0]!.text).toBe("Access.  ,  ;  ; CxAxTx (Culture) Lab stays");
  });
});
