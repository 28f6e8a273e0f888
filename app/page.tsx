import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { CaseList } from "@/components/case-list";
import { CityList } from "@/components/city-list";
import { PolicyAreaList } from "@/components/policy-area-list";
import { RecommendationList } from "@/components/recommendation-list";
import { SearchForm } from "@/components/search-form";
import { listPublishedCases, type CaseSummary } from "@/db/cases";
import { listCities } from "@/db/cities";
import { listPolicyAreas } from "@/db/policy-areas";
import { listRecommendations, type Recommendation } from "@/db/recommendations";
import { pageMetadata } from "@/lib/page-metadata";
import { SITE_NAME } from "@/lib/site";

export const metadata = {
  ...pageMetadata({
    title: SITE_NAME,
    description:
      "City Case Descriptions from the ekip partnership: how European cities assess innovation policy for the cultural and creative industries.",
    path: "/",
  }),
  title: { absolute: SITE_NAME },
};

const NEWEST = 5;
const FEATURED = 3;

/** The first recommendation of each of the newest cases, from its summary when it has one. */
async function listFeaturedRecommendations(cases: CaseSummary[]): Promise<Recommendation[]> {
  const lists = await Promise.all(
    cases.slice(0, FEATURED).map((c) => listRecommendations({ city: c.citySlug, policyArea: c.policyAreaSlug, page: 1 })),
  );
  return lists.flatMap((list, index) => {
    const ofCase = list.items.filter((r) => r.caseSlug === cases[index]!.slug);
    const first = ofCase.find((r) => r.part === "summary") ?? ofCase[0];
    return first ? [first] : [];
  });
}

function HomeSection({ id, title, more, children }: { id: string; title: string; more?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id}>{title}</h2>
      {children}
      {more && <p className="print:hidden">{more}</p>}
    </section>
  );
}

export default async function HomePage() {
  // Render per request: the build must never need a database.
  await connection();
  const [cases, policyAreas, cities] = await Promise.all([listPublishedCases(NEWEST), listPolicyAreas(), listCities()]);
  const featured = await listFeaturedRecommendations(cases);

  return (
    <div className="space-y-12">
      <header className="prose-text space-y-4">
        <h1>{SITE_NAME}</h1>
        <p className="text-lg text-stone-800">
          <em>ekip</em> is an EU-funded partnership of universities, consultancies, cultural and creative organisations
          and cities that develops innovation policy for the cultural and creative industries. This knowledge bank
          gathers its City Case Descriptions: in a workshop, local stakeholders in a European city take one policy
          area and work out what it could mean for innovation in their cultural and creative industries.
        </p>
        <p>
          Each case sets out the challenges and opportunities they see, an inventory of the actors and resources around
          them, an innovation portfolio they simulate together, and the conclusions and recommendations they draw from it.
        </p>
      </header>
      <SearchForm action="/cases" label="Search the cases" id="home-search" withHint />
      <HomeSection id="newest-cases" title="Newest cases" more={<Link href="/cases">All cases</Link>}>
        {cases.length > 0 ? <CaseList cases={cases} /> : <p>There are no published cases yet.</p>}
      </HomeSection>
      {featured.length > 0 && (
        <HomeSection id="featured-recommendations" title="Recommendations from the cases" more={<Link href="/recommendations">All recommendations</Link>}>
          <RecommendationList recommendations={featured} />
        </HomeSection>
      )}
      <div className="space-y-12 lg:grid lg:grid-cols-2 lg:gap-12 lg:space-y-0">
        <HomeSection id="policy-areas" title="Policy areas" more={<Link href="/policy-areas">All policy areas</Link>}>
          {policyAreas.length > 0 ? <PolicyAreaList policyAreas={policyAreas} headingLevel={3} /> : <p>No policy area yet.</p>}
        </HomeSection>
        <HomeSection id="cities" title="Cities" more={<Link href="/cities">All cities</Link>}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {cities.map((city) => (
              <li key={city.slug}>
                <Link href={`/cities/${city.slug}`}>{city.name}</Link>{" "}
                <span className="text-sm text-stone-700">({city.countryName})</span>
              </li>
            ))}
          </ul>
        </HomeSection>
      </div>
    </div>
  );
}
