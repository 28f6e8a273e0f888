import { FACET_LABELS, STAKEHOLDER_CATEGORY_LABELS, type CaseDocument, type Finding, type ThemeGroup } from "../case/schema";
import type { ConflictPart } from "./editor-state";

const findings = (list: Finding[]) => list.map((f) => `${f.number}. ${f.title}\n${f.body}`.trim()).join("\n\n");
const themes = (groups: ThemeGroup[]) => groups.map((g) => [g.heading, ...g.items.map((i) => `- ${i}`)].join("\n")).join("\n\n");

/** Each part of a case as plain text, in the editor's order: what two versions are compared by. */
export function caseParts(c: CaseDocument): Array<[string, string]> {
  return [
    ["City and policy area", `${c.city.name}, ${c.policyArea.name}${c.focus ? `: ${c.focus}` : ""}`],
    ["Title and date", [c.title, c.workshopDate].filter(Boolean).join("\n")],
    ["Introduction", [c.introduction, c.policyAreaIntro, c.cityIntro].join("\n\n").trim()],
    ["Participants", c.participants.map((p) => p.name).join("\n")],
    ["Summary conclusions", findings(c.summary.conclusions)],
    ["Summary recommendations", findings(c.summary.recommendations)],
    ["Context", [c.context, c.selectedFocus].join("\n\n").trim()],
    ["Ecosystem", c.ecosystem],
    ["Portfolio", [c.portfolio.title, c.portfolio.scope, c.portfolio.coordinator].join("\n\n").trim()],
    ["Stakeholders", c.portfolio.stakeholders.map((s) => `${STAKEHOLDER_CATEGORY_LABELS[s.category]}: ${s.name}`).join("\n")],
    ["Key challenges", themes(c.portfolio.challenges)],
    ["Key opportunities", themes(c.portfolio.opportunities)],
    ["Inventory", c.inventory.map((r) => [r.actor.name, r.areaOfExpertise, r.targetGroup, r.facets.map((f) => FACET_LABELS[f]).join(", "), r.innovationNote ?? ""].filter(Boolean).join(" | ")).join("\n")],
    ["Methods", c.methods.map((m) => `${m.name}\n${m.description}`.trim()).join("\n\n")],
    ["Conclusions", findings(c.findings.conclusions)],
    ["Recommendations", findings(c.findings.recommendations)],
    ["Other sections", c.extraSections.map((s) => `${s.heading}\n${s.body}`.trim()).join("\n\n")],
  ];
}

/** The parts that differ between two versions of a case. */
export function changedParts(before: CaseDocument, after: CaseDocument): ConflictPart[] {
  const old = new Map(caseParts(before));
  return caseParts(after).filter(([label, text]) => old.get(label) !== text).map(([label, text]) => ({ label, before: old.get(label) ?? "", after: text }));
}
