import Link from "next/link";
import { STAKEHOLDER_CATEGORY_LABELS, type Facet, type StakeholderCategory } from "@/lib/case/schema";
import { Badge } from "./badge";
import { FacetBadge } from "./facet-badge";
import { SampleLabel } from "./sample-label";
import { SubSection } from "./sub-section";
import { caseName } from "@/lib/case/case-name";

export type Appearance = {
  caseSlug: string;
  isSample?: boolean;
  cityName: string;
  countryName: string;
  policyAreaName: string;
  /** "" or null when the case has none. */
  focus: string | null;
  participant: string[];
  stakeholder: Array<{ category: StakeholderCategory; name: string }>;
  inventory: Array<{ name: string; areaOfExpertise: string; targetGroup: string; facets: Facet[]; innovationNote: string | null; isResource: boolean }>;
};

function Role({ title, href, children }: { title: string; href: string; children: React.ReactNode }) {
  return (
    <SubSection level={4} title={title}>
      {children}
      <p className="text-sm print:hidden">
        <Link href={href}>
          See it in the case<span className="sr-only">: {title.toLowerCase()}</span>
        </Link>
      </p>
    </SubSection>
  );
}

/** One case an organisation appears in, with each role it has there. */
export function ActorAppearance({ appearance: a }: { appearance: Appearance }) {
  const caseHref = `/cases/${a.caseSlug}`;
  return (
    <div className="max-w-[70ch] space-y-5 rounded-lg border border-stone-200 p-4 sm:p-5">
      <div className="space-y-1">
        <h3>
          <Link href={caseHref}>
            {caseName(a)}
          </Link>
        </h3>
        {a.isSample && <SampleLabel />}
        <p className="text-sm text-stone-700">{a.countryName}</p>
      </div>
      {a.participant.length > 0 && (
        <Role title="Workshop participant" href={`${caseHref}#participants`}>
          <ul className="list-disc space-y-1 pl-6">
            {a.participant.map((name, index) => <li key={index}>{name}</li>)}
          </ul>
        </Role>
      )}
      {a.stakeholder.length > 0 && (
        <Role title="Stakeholder in the innovation portfolio" href={`${caseHref}#portfolio`}>
          <ul className="list-disc space-y-1 pl-6">
            {a.stakeholder.map((s, index) => (
              <li key={index}>
                {s.name} <span className="text-stone-700">({STAKEHOLDER_CATEGORY_LABELS[s.category]})</span>
              </li>
            ))}
          </ul>
        </Role>
      )}
      {a.inventory.length > 0 && (
        <Role title="In the inventory" href={`${caseHref}#inventory`}>
          {a.inventory.map((row, index) => (
            <dl key={index} className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_minmax(0,1fr)]">
              <dt className="font-semibold">Listed as</dt>
              <dd>
                {row.name} {row.isResource && <Badge tone="strong">Resource</Badge>}
              </dd>
              {row.areaOfExpertise && (<><dt className="font-semibold">Area of expertise</dt><dd>{row.areaOfExpertise}</dd></>)}
              {row.targetGroup && (<><dt className="font-semibold">Target group</dt><dd>{row.targetGroup}</dd></>)}
              {(row.facets.length > 0 || row.innovationNote) && (
                <>
                  <dt className="font-semibold">Innovation character</dt>
                  <dd className="space-y-1">
                    {row.facets.length > 0 && (
                      <span className="flex flex-wrap gap-1.5">
                        {row.facets.map((facet) => <FacetBadge key={facet} facet={facet} />)}
                      </span>
                    )}
                    {row.innovationNote && <span className="block">{row.innovationNote}</span>}
                  </dd>
                </>
              )}
            </dl>
          ))}
        </Role>
      )}
    </div>
  );
}
