import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { Markdown } from "@/components/markdown";
import { SampleLabel } from "@/components/sample-label";
import { RecommendationGroups } from "@/components/recommendation-groups";
import { Section } from "@/components/section";
import { getPolicyArea } from "@/db/policy-areas";
import { slugSchema } from "@/lib/case/schema";
import { pageMetadata } from "@/lib/page-metadata";
import { caseName, withFocus } from "@/lib/case/case-name";
import { compareHref, MAX_CASES } from "@/lib/compare/compare-params";

type Props = { params: Promise<{ slug: string }> };

// A slug that cannot exist is answered 404 without asking the database; metadata and page share one read.
const findPolicyArea = cache(async (slug: string) => (slugSchema.safeParse(slug).success ? getPolicyArea(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const area = await findPolicyArea((await params).slug);
  if (!area) notFound();
  return pageMetadata({
    title: area.name,
    description: `${area.name} for the cultural and creative industries: the City Case Descriptions of ekip cities and all their recommendations.`,
    path: `/policy-areas/${area.slug}`,
  });
}

export default async function PolicyAreaPage({ params }: Props) {
  await connection();
  const area = await findPolicyArea((await params).slug);
  if (!area) notFound();
  const caseNames = new Map(area.cases.map((c) => [c.slug, withFocus(`${c.cityName}, ${c.countryName}`, c.focus)]));

  return (
    <article aria-labelledby="policy-area-title" className="space-y-12">
      <header className="space-y-4 border-b border-stone-200 pb-8">
        <p className="text-sm font-semibold tracking-wide text-teal-800 uppercase">Policy area</p>
        <h1 id="policy-area-title">{area.name}</h1>
        <Markdown>{area.description}</Markdown>
      </header>
      <Section id="cases" title="Cases">
        {area.cases.length > 0 ? (
          <ul className="max-w-[70ch] divide-y divide-stone-200 border-y border-stone-200">
            {area.cases.map((c) => (
              <li key={c.slug} className="space-y-1 py-4 print:break-inside-avoid">
                <p className="text-lg font-semibold">
                  <Link href={`/cases/${c.slug}`}>
                    {caseName({ cityName: c.cityName, policyAreaName: area.name, focus: c.focus })}
                  </Link>
                </p>
                {c.isSample && <SampleLabel />}
                {c.title && <p>{c.title}</p>}
                <p className="text-sm text-stone-700">
                  <Link href={`/cities/${c.citySlug}`}>{c.cityName}</Link>, {c.countryName}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>No case on {area.name} has been published yet.</p>
        )}
        {area.cases.length > 1 && (
          <p className="print:hidden">
            <Link href={compareHref(area.cases.slice(0, MAX_CASES).map((c) => c.slug))}>
              Compare {area.cases.length > MAX_CASES ? `${MAX_CASES} of these ${area.cases.length} cases` : `these ${area.cases.length} cases`} side by side
            </Link>
          </p>
        )}
      </Section>
      <Section id="recommendations" title="Recommendations">
        {area.recommendations.length > 0 ? (
          <RecommendationGroups recommendations={area.recommendations} caseNames={caseNames} />
        ) : (
          <p>The published cases on {area.name} make no recommendation yet.</p>
        )}
      </Section>
    </article>
  );
}
