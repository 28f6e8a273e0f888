import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { FacetProfile } from "@/components/facet-profile";
import { FormattedDate } from "@/components/formatted-date";
import { Markdown } from "@/components/markdown";
import { SampleLabel } from "@/components/sample-label";
import { Section } from "@/components/section";
import { getCity } from "@/db/cities";
import { FACETS, slugSchema } from "@/lib/case/schema";
import { compareHref, MAX_CASES } from "@/lib/compare/compare-params";
import { pageMetadata } from "@/lib/page-metadata";
import { firstSentence } from "@/lib/first-sentence";
import { countOf, formatNumber } from "@/lib/plain-text";
import { caseName } from "@/lib/case/case-name";

type Props = { params: Promise<{ slug: string }> };

// A slug that cannot exist is answered 404 without asking the database; metadata and page share one read.
const findCity = cache(async (slug: string) => (slugSchema.safeParse(slug).success ? getCity(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const city = await findCity((await params).slug);
  if (!city) notFound();
  return pageMetadata({
    title: `${city.name}, ${city.countryName}`,
    description: firstSentence(city.description) || `${city.name}, ${city.countryName}: its City Case Descriptions in the ekip Knowledge Bank.`,
    path: `/cities/${city.slug}`,
  });
}

export default async function CityPage({ params }: Props) {
  await connection();
  const city = await findCity((await params).slug);
  if (!city) notFound();
  const hasInventory = FACETS.some((facet) => city.facetProfile[facet] > 0);

  return (
    <article aria-labelledby="city-title" className="space-y-12">
      <header className="space-y-4 border-b border-stone-200 pb-8">
        <p className="text-sm font-semibold tracking-wide text-teal-800 uppercase">City</p>
        <h1 id="city-title">{city.name}</h1>
        {city.isSample && <SampleLabel />}
        <dl className="flex flex-wrap gap-x-10 gap-y-3">
          <div>
            <dt className="text-xs font-semibold tracking-wide text-stone-700 uppercase">Country</dt>
            <dd>{city.countryName}</dd>
          </div>
          {city.population !== null && (
            <div>
              <dt className="text-xs font-semibold tracking-wide text-stone-700 uppercase">Population</dt>
              <dd>{formatNumber(city.population)}</dd>
            </div>
          )}
          {city.website && (
            <div>
              <dt className="text-xs font-semibold tracking-wide text-stone-700 uppercase">Website</dt>
              <dd>
                <a href={city.website} data-bare-url="">{city.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a>
              </dd>
            </div>
          )}
        </dl>
        <Markdown>{city.description}</Markdown>
      </header>
      <Section id="cases" title="Cases">
        <CompareLinks cityName={city.name} slugs={city.cases.map((c) => c.slug)} />
        {city.cases.length > 0 ? (
          <ul className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
            {city.cases.map((c) => (
              <li key={c.slug} className="space-y-1 py-4 print:break-inside-avoid">
                <p className="text-lg font-semibold">
                  <Link href={`/cases/${c.slug}`}>
                    {caseName({ cityName: city.name, policyAreaName: c.policyAreaName, focus: c.focus })}
                  </Link>
                </p>
                {c.isSample && <SampleLabel />}
                {c.title && <p>{c.title}</p>}
                <p className="text-sm text-stone-700">
                  Policy area <Link href={`/policy-areas/${c.policyAreaSlug}`}>{c.policyAreaName}</Link> · Last updated{" "}
                  <FormattedDate value={c.updatedAt} />
                  {city.cases.length > 1 && <span className="print:hidden"> · <Link href={compareHref([c.slug])}>Compare with other cities'</Link></span>}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{city.name} has no published case yet.</p>
        )}
      </Section>
      <Section id="innovation-character" title="Innovation character of its actors">
        {hasInventory ? (
          <>
            <p className="prose-text">
              The OECD OPSI facets given to the {countOf(city.actorCount, "actor")} in the inventories of {city.name}’s
              published cases. One actor can have several facets.
            </p>
            <FacetProfile profile={city.facetProfile} caption={`OPSI facets in the inventories of ${city.name}`} />
          </>
        ) : (
          <p>No inventory of {city.name} has been published yet.</p>
        )}
      </Section>
    </article>
  );
}

/**
 * Where a comparison starts from this city: its one case beside other cities' (the picker chooses them), or its
 * cases side by side (the newest four, the most a comparison holds), each also with other cities'.
 */
function CompareLinks({ cityName, slugs }: { cityName: string; slugs: string[] }) {
  if (slugs.length === 0) return null;
  if (slugs.length === 1) return <p className="print:hidden"><Link href={compareHref(slugs)}>Compare {cityName}'s portfolio with other cities'</Link></p>;
  const shown = slugs.slice(0, MAX_CASES);
  return (
    <p className="print:hidden">
      <Link href={compareHref(shown)}>Compare {slugs.length > MAX_CASES ? `the ${shown.length} newest of ${cityName}'s cases` : `${cityName}'s ${slugs.length} cases`} side by side</Link>,
      or one of them with other cities' (below).
    </p>
  );
}
