import { describe, expect, it } from "vitest";
import { parseCaseDocument } from "@/lib/importer/parse-case";
import type { CaseDocument } from "@/lib/case/schema";
import { DELIVERED_CASE, readText } from "../support/fixtures";

function parseDelivered(): { case: CaseDocument; warnings: unknown[] } {
  const result = parseCaseDocument(readText(DELIVERED_CASE));
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("the delivered Saint-Etienne case", () => {
  const { case: c, warnings } = parseDelivered();

  it("places every part of the document, with no warning and no extra section", () => {
    expect(warnings).toEqual([]);
    expect(c.extraSections).toEqual([]);
  });

  it("reads the city, its country, population and website, and the policy area", () => {
    expect(c.slug).toBe("saint-etienne-artificial-intelligence");
    expect(c.city).toEqual({
      slug: "saint-etienne", name: "Saint-Etienne", country: { code: "FR", name: "France" },
      population: 172000, website: "https://www.saint-etienne.fr",
    });
    expect(c.policyArea).toEqual({ slug: "artificial-intelligence", name: "Artificial Intelligence" });
    expect(c.policyAreaIntro).toMatch(/^The AI technological wave/);
    expect(c.cityIntro).toMatch(/UNESCO Creative City of Design in 2010/);
    expect(c.introduction).toMatch(/^The \*ekip\* partnership/);
  });

  it("lists the 9 participants, linking those that are actors of the inventory", () => {
    expect(c.participants).toHaveLength(9);
    expect(c.participants[0]).toEqual({ name: "City of Saint-Etienne, Cultural Affairs Department", actor: "city-of-saint-etienne" });
    expect(c.participants[3]).toEqual({ name: "Loire (landlocked dpartement)", actor: null });
    expect(c.participants.find((p) => p.name === "LightLab.io")?.actor).toBe("lightlab");
    expect(c.participants[8]).toEqual({ name: "HACNUM network", actor: null });
  });

  it("reads the summary's three conclusions and three recommendations", () => {
    expect(c.summary.conclusions.map((f) => [f.number, f.title])).toEqual([
      [1, "Importance of Collaboration"], [2, "Need for Inclusive Practices"], [3, "Focus on Sustainable Development"],
    ]);
    expect(c.summary.conclusions[0]!.body).toMatch(/^Effective coordination .* in Košice, ensuring/);
    expect(c.summary.recommendations.map((f) => f.title)).toEqual([
      "Enhance Stakeholder Engagement", "Implement Systematic Data Collection", "Promote Community-Driven Initiatives",
    ]);
  });

  it("keeps the context, the selected focus apart, and the ecosystem", () => {
    expect(c.context.split("\n\n")).toHaveLength(3);
    expect(c.selectedFocus).toBe(
      "The selected focus in the innovation portfolio is training, studied from a multidimensional and multiplayer approach. Training is a systemic point in the emergence of the use of AI in digital creation.",
    );
    expect(c.ecosystem).toMatch(/^A crucial step in implementing actions/);
  });

  it("reads the portfolio: title, scope, coordinator and stakeholders by category", () => {
    expect(c.portfolio.title).toBe("Training for the cultural and creative industries and their audiences.");
    expect(c.portfolio.scope).toMatch(/^The portfolio focuses on the short-term implementation/);
    expect(c.portfolio.coordinator).toBe("Cité du design – Ecole Supérieure d'Art et Design");
    const inCategory = (category: string) => c.portfolio.stakeholders.filter((s) => s.category === category);
    const byCategory = {
      local_authority: inCategory("local_authority"), academia: inCategory("academia"),
      organisation: inCategory("organisation"), company: inCategory("company"),
    };
    expect(byCategory.local_authority.map((s) => s.name)).toEqual([
      "City of Saint-Etienne, Cultural Affairs Department",
      "City of Saint-Etienne, Department of Entrepreneurship, Education, Research and Innovation",
      "City of Saint-Etienne, Design management",
      "Loire (landlocked département)",
    ]);
    expect(byCategory.academia.map((s) => s.name)).toEqual(["Ecole supérieure d'Art et Design"]);
    expect(byCategory.organisation.map((s) => s.name)).toEqual(["réseau HACNUM"]);
    expect(byCategory.company.map((s) => [s.name, s.actor])).toEqual([
      ["VIDEOFORMES", "videoformes"], ["Angel Corp", "angel-corp"], ["LightLab.io", "lightlab"],
    ]);
  });

  it("groups key challenges under their headings, the ### heading 'Legal and ethical issues' included", () => {
    expect(c.portfolio.challenges.map((g) => [g.heading, g.items.length])).toEqual([
      ["Lack of skills", 2], ["Impact on professions", 2], ["Legal and ethical issues", 2], ["Structural inequalities", 1],
    ]);
    expect(c.portfolio.challenges[2]!.items[1]).toBe("Risk of standardization of content and practices, linked to datasets that are not very diversified.");
  });

  it("groups key opportunities, the plain line 'Ethical and societal development:' included", () => {
    expect(c.portfolio.opportunities.map((g) => [g.heading, g.items.length])).toEqual([
      ["Artistic creation and innovation", 2], ["Improved efficiency and productivity", 2],
      ["Ethical and societal development", 2], ["Learning and training", 2],
    ]);
  });

  it("reads the 26 inventory rows with their facets, notes and resource marks", () => {
    expect(c.inventory).toHaveLength(26);
    const row = (slug: string) => c.inventory.find((r) => r.actor.slug === slug)!;
    expect(row("usein")).toMatchObject({
      actor: { name: "USE'IN" }, areaOfExpertise: "Local incubator", targetGroup: "Students, SME's, startups",
      facets: ["enhancement", "adaptive"], innovationNote: "High level on innovation", isResource: false,
    });
    expect(row("videoformes")).toMatchObject({ facets: ["adaptive"], innovationNote: "High level of innovation in the artistic creation" });
    expect(row("mission-french-touch")).toMatchObject({ actor: { name: "Mission French Touch" }, facets: ["mission"], isResource: true });
    expect(row("designers").facets).toEqual(["mission", "anticipatory"]);
    expect(row("ministry-of-higher-education-and-research").facets).toEqual(["mission", "enhancement"]);
    expect(row("esadse").areaOfExpertise).toBe("École supérieur d'art et design");
    expect(row("usein").rawText).toBe("<u>USE'IN</u>\tLocal incubator\tStudents, SME's, startups\tEnhancement – adaptive High level on innovation");
    expect(c.inventory.filter((r) => r.isResource)).toHaveLength(18);
    expect(c.inventory.every((r) => r.facets.length > 0)).toBe(true);
  });

  it("names the three methods", () => {
    expect(c.methods.map((m) => m.slug)).toEqual(["innovation-portfolio-canvas", "opsi-model", "liept-model"]);
    expect(c.methods[2]!.description).toMatch(/^The Lund Innovation Ecosystem Portfolio Tracking/);
  });

  it("reads the closing conclusions (numbered headings) and recommendations (bold lead-ins of a whole sentence)", () => {
    expect(c.findings.conclusions.map((f) => [f.number, f.title])).toEqual([
      [1, "Need for adaptability"], [2, "Huge technological potential"], [3, "Systematising collaboration: a key challenge"],
    ]);
    expect(c.findings.recommendations).toEqual([
      {
        number: 1, title: "Interdisciplinary training",
        body: "Interdisciplinary training on AI knowledge for CCIs professionals but also academia and local authorities",
      },
      { number: 2, title: "Pooling resources", body: "Pooling resources (materials, human resources, knowledge) to harmonise cross-sector collaborations" },
      {
        number: 3, title: "Create a regional network of AI experts",
        body: "Create a regional network of AI experts, to ensure that skills are kept up to date via a labelling system, and to communicate progress in AI with the whole of the ecosystem involved.",
      },
    ]);
  });
});
