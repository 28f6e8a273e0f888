import { findingLine } from "../case/findings";
import type { CaseDocument, SectionKey } from "../case/schema";

/** Every text of a case with the section it belongs to, for the checks that read text. */
export function caseTexts(c: CaseDocument): Array<{ section: SectionKey; text: string }> {
  const findings = (f: CaseDocument["summary"]) => [...f.conclusions, ...f.recommendations].map((x) => findingLine(x));
  const groups = [...c.portfolio.challenges, ...c.portfolio.opportunities].flatMap((g) => [g.heading, ...g.items]);
  return [
    { section: "introduction" as const, text: [c.policyAreaIntro, c.cityIntro].join("\n") },
    { section: "participants" as const, text: c.participants.map((p) => p.name).join("\n") },
    { section: "summary" as const, text: findings(c.summary).join("\n") },
    { section: "context" as const, text: [c.context, c.selectedFocus].join("\n") },
    { section: "ecosystem" as const, text: c.ecosystem },
    {
      section: "portfolio" as const,
      text: [c.portfolio.title, c.portfolio.scope, c.portfolio.coordinator, ...c.portfolio.stakeholders.map((s) => s.name), ...groups].join("\n"),
    },
    { section: "inventory" as const, text: c.inventory.map((r) => [r.actor.name, r.areaOfExpertise, r.targetGroup, r.innovationNote].join("\n")).join("\n") },
    { section: "findings" as const, text: findings(c.findings).join("\n") },
  ].filter((t) => t.text.trim());
}
