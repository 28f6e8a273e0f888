import { STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type CaseDocument } from "@/lib/case/schema";
import { SubSection } from "./sub-section";

type Stakeholder = CaseDocument["portfolio"]["stakeholders"][number];

/** Stakeholders of a portfolio grouped by category, in the fixed category order; empty categories are left out. */
export function StakeholderList({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const groups = STAKEHOLDER_CATEGORIES.map((category) => ({
    category,
    names: stakeholders.filter((stakeholder) => stakeholder.category === category).map((s) => s.name),
  })).filter((group) => group.names.length > 0);

  return (
    <div className="space-y-5">
      {groups.map((group) => (
        <SubSection key={group.category} level={4} title={STAKEHOLDER_CATEGORY_LABELS[group.category]}>
          <ul className="max-w-[70ch] list-disc space-y-1 pl-6">
            {group.names.map((name, index) => (
              <li key={index}>{name}</li>
            ))}
          </ul>
        </SubSection>
      ))}
    </div>
  );
}
