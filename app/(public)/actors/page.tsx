import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActorList } from "@/components/actor-list";
import { ActiveFilters } from "@/components/active-filters";
import { IgnoredParams } from "@/components/ignored-params";
import { NoSuchPage } from "@/components/no-such-page";
import { Pagination } from "@/components/pagination";
import { ActorSearchForm } from "@/components/actor-search-form";
import { listActors, listInventoryCities } from "@/db/actors";
import { ACTORS_PATH, actorFiltersSchema } from "@/lib/actors/actor-filters";
import { FACET_LABELS, FACETS, type Facet } from "@/lib/case/schema";
import { noSuchPageMetadata, pageMetadata } from "@/lib/page-metadata";
import { countMatching, countOf } from "@/lib/plain-text";
import { answerNotFound } from "@/lib/request-record";
import { listActiveChoices } from "@/lib/search/active-choices";
import { searchHref } from "@/lib/search/href";
import { parseParamsLeniently } from "@/lib/search/lenient-params";
import { isPastTheLast, pageCountOf } from "@/lib/search/page-count";
import type { QueryParams } from "@/lib/search/query-params";

type Props = { searchParams: Promise<QueryParams> };

/** The facet chosen, said with the search words above the list: on paper, where the links are left out, too. */
const facetChoice = (selected: Facet | undefined) =>
  ({ name: "facet", label: "OPSI facet in an inventory", options: FACETS.map((f) => ({ value: f, label: FACET_LABELS[f] })), selected });

/** The city chosen, by its name; one that has no inventory (an old or typed address) by its slug. */
const cityChoice = (selected: string | undefined, cities: Array<{ slug: string; name: string }>) =>
  ({ name: "city", label: "City whose inventories name it", options: cities.map((c) => ({ value: c.slug, label: c.name })), selected });

/** Each page of the list (of every actor, or of a facet's or a city's) is its own address to index; a search by name is not. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { value: filters } = parseParamsLeniently(actorFiltersSchema, await searchParams);
  const { facet, city, page } = filters;
  // The page's own read (cached and shared): whether there is such a page.
  const { total, pageSize } = await listActors(filters);
  if (isPastTheLast(page, total, pageSize)) return noSuchPageMetadata("Actors", page);
  return pageMetadata({
    title: page > 1 ? `Actors, page ${page}` : "Actors",
    description: "The local actors of the City Case Descriptions' inventories, with their OPSI innovation character and every case that names them, in its inventory, among its workshop participants or its portfolio stakeholders.",
    path: searchHref(ACTORS_PATH, { facet, city, page }),
  });
}

export default async function ActorsPage({ searchParams }: Props) {
  await connection();
  const { value: filters, ignored } = parseParamsLeniently(actorFiltersSchema, await searchParams);
  const { q, facet, city } = filters;
  const [{ total, actors, page, pageSize }, cities] = await Promise.all([listActors(filters), listInventoryCities()]);
  const pageCount = pageCountOf(total, pageSize);
  const isNoSuchPage = isPastTheLast(page, total, pageSize);
  if (isNoSuchPage) answerNotFound();
  return (
    <div className="space-y-8">
      <header className="prose-text space-y-3">
        <h1>Actors</h1>
        <p className="text-lg text-stone-800">
          The local actors of each city&apos;s inventory, classed there by OECD OPSI innovation facet, with every published case
          that names them: in its inventory, among its workshop participants or as a stakeholder of its innovation portfolio.
          Participants and stakeholders that no inventory names are listed on their case&apos;s page.
        </p>
      </header>
      <ActorSearchForm q={q} city={city} cities={cities} keep={facet ? { facet } : {}} />
      <nav aria-label="Innovation facet" className="flex flex-wrap gap-x-4 gap-y-2 text-sm print:hidden">
        <FacetLink href={searchHref(ACTORS_PATH, { q, city }, { facet: undefined })} isCurrent={!facet}>Every actor</FacetLink>
        {FACETS.map((f) => (
          <FacetLink key={f} href={searchHref(ACTORS_PATH, { q, city }, { facet: f })} isCurrent={facet === f}>{FACET_LABELS[f]} in an inventory</FacetLink>
        ))}
      </nav>
      <IgnoredParams ignored={ignored} />
      <ActiveFilters filters={listActiveChoices(ACTORS_PATH, { q, facet, city }, [facetChoice(facet), cityChoice(city, cities)])} clearHref={ACTORS_PATH} />
      <p role="status">{q || facet || city ? `${countMatching(total, "actor")}.` : `${countOf(total, "actor")} in the published cases.`}</p>
      {actors.length ? <ActorList actors={actors} /> : null}
      {isNoSuchPage ? (
        <NoSuchPage page={page} pageCount={pageCount} firstHref={searchHref(ACTORS_PATH, filters, { page: 1 })} lastHref={searchHref(ACTORS_PATH, filters, { page: pageCount })} />
      ) : (
        <Pagination page={page} pageCount={pageCount}
          previousHref={searchHref(ACTORS_PATH, filters, { page: page - 1 })} nextHref={searchHref(ACTORS_PATH, filters, { page: page + 1 })} />
      )}
      {!actors.length && page === 1 ? <p><Link href={ACTORS_PATH}>Show every actor</Link></p> : null}
    </div>
  );
}

function FacetLink({ href, isCurrent, children }: { href: string; isCurrent: boolean; children: React.ReactNode }) {
  return (
    <Link href={href} aria-current={isCurrent ? "true" : undefined} className={isCurrent ? "font-semibold no-underline" : undefined}>
      {children}
    </Link>
  );
}
