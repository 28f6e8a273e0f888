import { findingLine } from "@/lib/case/findings";
import { FACET_LABELS, STAKEHOLDER_CATEGORY_LABELS, type CaseDocument, type Finding, type ThemeGroup } from "@/lib/case/schema";

/** What a revision stores: the case without its status, version and dates, which are not revised content. */
export type RevisionContent = Omit<CaseDocument, "status" | "version" | "updatedAt" | "publishedAt">;

/** A part of a case as a reader sees it: a heading and its paragraphs or list items, one line each. */
export type RevisionSection = { heading: string; lines: string[] };

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const labelled = (label: string, value: string | null) => (value ? [`${label}: ${value}`] : []);
const findingLines = (list: Finding[]) => list.map((f) => `${f.number}. ${f.body ? findingLine(f, ": ") : f.title}`);
const themeLines = (groups: ThemeGroup[]) => groups.flatMap((g) => g.items.map((item) => `${g.heading}: ${item}`));

/** A case in reading order, part by part, so that two revisions compare section by section. */
export function revisionSections(c: RevisionContent): RevisionSection[] {
  const { portfolio: p } = c;
  return [
    {
      heading: "About the case",
      lines: [
        `City: ${c.city.name}, ${c.city.country.name}`, `Policy area: ${c.policyArea.name}`,
        ...labelled("Title", c.title), ...labelled("Focus", c.focus), ...labelled("Workshop date", c.workshopDate), ...labelled("City website", c.city.website),
      ],
    },
    { heading: "Editors’ note", lines: paragraphs(c.editorsNote) },
    { heading: "Introduction", lines: paragraphs(c.introduction) },
    { heading: "The policy area", lines: paragraphs(c.policyAreaIntro) },
    { heading: "The city", lines: paragraphs(c.cityIntro) },
    { heading: "Participants", lines: c.participants.map((x) => x.name) },
    { heading: "Main conclusions", lines: findingLines(c.summary.conclusions) },
    { heading: "Main recommendations", lines: findingLines(c.summary.recommendations) },
    { heading: "The context", lines: [...paragraphs(c.context), ...labelled("Selected focus", c.selectedFocus)] },
    { heading: "The innovation support ecosystem", lines: paragraphs(c.ecosystem) },
    { heading: "The innovation portfolio", lines: [...labelled("Portfolio", p.title), ...labelled("Scope", p.scope), ...labelled("Coordinator", p.coordinator)] },
    { heading: "Stakeholders", lines: p.stakeholders.map((s) => `${STAKEHOLDER_CATEGORY_LABELS[s.category]}: ${s.name}`) },
    { heading: "Key challenges", lines: themeLines(p.challenges) },
    { heading: "Key opportunities", lines: themeLines(p.opportunities) },
    {
      heading: "Inventory",
      lines: c.inventory.map((r) =>
        [r.actor.name + (r.isResource ? " (resource)" : ""), r.areaOfExpertise, r.targetGroup, r.facets.map((f) => FACET_LABELS[f]).join(", "), r.innovationNote ?? ""]
          .filter(Boolean).join(" · "),
      ),
    },
    { heading: "Methods", lines: c.methods.map((m) => `${m.name}${m.description ? `: ${m.description}` : ""}`) },
    { heading: "Conclusions", lines: findingLines(c.findings.conclusions) },
    { heading: "Recommendations", lines: findingLines(c.findings.recommendations) },
    { heading: "Further sections", lines: c.extraSections.flatMap((s) => [s.heading, ...paragraphs(s.body)]) },
  ];
}
