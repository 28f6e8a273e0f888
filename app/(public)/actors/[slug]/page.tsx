import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ActorAppearance } from "@/components/actor-appearance";
import { FacetBadge } from "@/components/facet-badge";
import { Section } from "@/components/section";
import { getActor, getMergedActorSlug } from "@/db/actors";
import { slugSchema } from "@/lib/case/schema";
import { pageMetadata } from "@/lib/page-metadata";
import { countOf } from "@/lib/plain-text";

type Props = { params: Promise<{ slug: string }> };

// A slug that cannot exist is answered 404 without asking the database; metadata and page share one read.
// The slug of an organisation merged into another redirects to that one, for links made before the merge.
const findActor = cache(async (slug: string) => {
  if (!slugSchema.safeParse(slug).success) return null;
  const actor = await getActor(slug);
  if (actor) return actor;
  const kept = await getMergedActorSlug(slug);
  if (kept) permanentRedirect(`/actors/${kept}`);
  return null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const actor = await findActor((await params).slug);
  if (!actor) notFound();
  const cities = [...new Set(actor.appearances.map((a) => a.cityName))].join(", ");
  return pageMetadata({
    title: actor.name,
    description: `${actor.name} in the City Case Descriptions of ${cities}: as workshop participant, portfolio stakeholder or inventory actor.`,
    path: `/actors/${actor.slug}`,
  });
}

export default async function ActorPage({ params }: Props) {
  await connection();
  const actor = await findActor((await params).slug);
  if (!actor) notFound();

  return (
    <article aria-labelledby="actor-title" className="space-y-12">
      <header className="space-y-4 border-b border-stone-200 pb-8">
        <p className="text-sm font-semibold tracking-wide text-teal-800 uppercase">Actor</p>
        <h1 id="actor-title">{actor.name}</h1>
        {actor.otherSpellings.length > 0 && <p>Also written as: {actor.otherSpellings.join("; ")}</p>}
        {actor.facets.length > 0 && (
          <div className="flex flex-wrap items-baseline gap-2">
            <p className="font-semibold">Innovation character (OPSI):</p>
            <ul className="flex flex-wrap gap-1.5" aria-label="OPSI facets">
              {actor.facets.map((facet) => (
                <li key={facet}>
                  <FacetBadge facet={facet} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <Section id="cases" title={`Appears in ${countOf(actor.appearances.length, "case")}`}>
        <div className="space-y-6">
          {actor.appearances.map((appearance) => (
            <ActorAppearance key={appearance.caseSlug} appearance={appearance} />
          ))}
        </div>
      </Section>
    </article>
  );
}
