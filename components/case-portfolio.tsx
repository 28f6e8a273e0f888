import type { CaseDocument } from "@/lib/case/schema";
import { StakeholderList } from "./stakeholder-list";
import { SubSection } from "./sub-section";
import { ThemeGroups } from "./theme-groups";

type Portfolio = CaseDocument["portfolio"];

export function hasPortfolio(portfolio: Portfolio): boolean {
  return (
    [portfolio.title, portfolio.scope, portfolio.coordinator].some((text) => text.trim() !== "") ||
    portfolio.stakeholders.length > 0 ||
    portfolio.challenges.length > 0 ||
    portfolio.opportunities.length > 0
  );
}

function TextPart({ title, text }: { title: string; text: string }) {
  if (text.trim() === "") return null;
  return (
    <SubSection title={title}>
      <p className="prose-text">{text}</p>
    </SubSection>
  );
}

/** The innovation portfolio the participants simulated: what, for whom, with whom, and what stands in the way. */
export function CasePortfolio({ portfolio }: { portfolio: Portfolio }) {
  return (
    <div className="space-y-8">
      <TextPart title="Policy innovation portfolio case" text={portfolio.title} />
      <TextPart title="Scope" text={portfolio.scope} />
      {portfolio.stakeholders.length > 0 && (
        <SubSection title="Stakeholders in the portfolio">
          <StakeholderList stakeholders={portfolio.stakeholders} />
        </SubSection>
      )}
      <TextPart title="Coordination" text={portfolio.coordinator} />
      {portfolio.challenges.length > 0 && (
        <SubSection title="Key challenges">
          <ThemeGroups groups={portfolio.challenges} />
        </SubSection>
      )}
      {portfolio.opportunities.length > 0 && (
        <SubSection title="Key opportunities">
          <ThemeGroups groups={portfolio.opportunities} />
        </SubSection>
      )}
    </div>
  );
}
