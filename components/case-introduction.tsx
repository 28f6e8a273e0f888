import type { CaseDocument } from "@/lib/case/schema";
import { Markdown } from "./markdown";
import { SubSection } from "./sub-section";

const POPULATION_FORMAT = new Intl.NumberFormat("en-GB");

function hasCityPart({ cityIntro, city }: CaseDocument): boolean {
  return cityIntro.trim() !== "" || city.population !== null || city.website !== null;
}

export function hasIntroduction(caseDocument: CaseDocument): boolean {
  return (
    caseDocument.introduction.trim() !== "" ||
    caseDocument.policyAreaIntro.trim() !== "" ||
    hasCityPart(caseDocument)
  );
}

/** The introduction, then the policy area and the city introduced under their own names. */
export function CaseIntroduction({ caseDocument }: { caseDocument: CaseDocument }) {
  const { introduction, policyArea, policyAreaIntro, city, cityIntro } = caseDocument;
  return (
    <div className="space-y-8">
      <Markdown>{introduction}</Markdown>
      {policyAreaIntro.trim() !== "" && (
        <SubSection title={policyArea.name}>
          <Markdown>{policyAreaIntro}</Markdown>
        </SubSection>
      )}
      {hasCityPart(caseDocument) && (
        <SubSection title={`${city.name}, ${city.country.name}`}>
          <Markdown>{cityIntro}</Markdown>
          {(city.population !== null || city.website !== null) && (
            <dl className="grid max-w-[70ch] grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
              {city.population !== null && (
                <>
                  <dt className="font-semibold">Population</dt>
                  <dd>{POPULATION_FORMAT.format(city.population)}</dd>
                </>
              )}
              {city.website !== null && (
                <>
                  <dt className="font-semibold">Website</dt>
                  <dd>
                    <a href={city.website} data-bare-url>{city.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a>
                  </dd>
                </>
              )}
            </dl>
          )}
        </SubSection>
      )}
    </div>
  );
}
