import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { ActiveFilters } from "@/components/active-filters";
import { CaseHitList } from "@/components/case-hit-list";
import { DidYouMean } from "@/components/did-you-mean";
import { FacetFilters } from "@/components/facet-filters";
import { IgnoredParams } from "@/components/ignored-params";
import { NoResults } from "@/components/no-results";
import { NoSuchPage } from "@/components/no-such-page";
import { Pagination } from "@/components/pagination";
import { ResultsHeading } from "@/components/results-heading";
import { SearchForm } from "@/components/search-form";
import { listCities } from "@/db/cities";
import { listPolicyAreas } from "@/db/policy-areas";
import { MARK_END, MARK_START, searchCases, unsearchableWords } from "@/db/search";
import { findOtherCaseSearches } from "@/db/spelling-suggestions";
import { countOf } from "@/lib/plain-text";
import { noSuchPageMetadata, pageMetadata, searchPageTitle } from "@/lib/page-metadata";
import { answerNotFound } from "@/lib/request-record";
import { buildFacetGroups, CASES_PATH, caseSearchState, listActiveFilters } from "@/lib/search/case-facets";
import { caseFiltersSchema, hasCaseFilters, PAGE_SIZE } from "@/lib/search/case-filters";
import { searchHref } from "@/lib/search/href";
import { isPastTheLast, pageCountOf } from "@/lib/search/page-count";
import { quotedWords } from "@/lib/search/search-words";
import { parseParamsLeniently } from "@/lib/search/lenient-params";
import { otherSearchLinks } from "@/lib/search/other-searches";
import { splitSnippet } from "@/lib/search/snippet";

// Unlike the API, the page ignores parameters it does not know: links from elsewhere may carry some.
const pageFiltersSchema = z.object(caseFiltersSchema.shape);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { value: filters } = parseParamsLeniently(pageFiltersSchema, await searchParams);
  const q = filters.q?.trim();
  // The page's own read (cached and shared): the title says what it found, and whether there is such a page.
  const { total } = await searchCases(filters);
  if (isPastTheLast(filters.page, total, PAGE_SIZE)) return noSuchPageMetadata("Cases", filters.page);
  const results = q || hasCaseFilters(filters) ? resultsTitle(total, q, hasCaseFilters(filters)) : null;
  return pageMetadata({
    title: searchPageTitle("Cases", results, filters.page),
    description: "Search every published City Case Description by words, city, country, policy area, year, OPSI facet and stakeholder.",
    path: CASES_PATH,
  });
}

function resultsTitle(total: number, q: string | undefined, isNarrowed: boolean): string {
  if (q) return `${countOf(total, "case")} matching ${quotedWords(q)}`;
  return isNarrowed ? `${countOf(total, "case")} found` : countOf(total, "published case");
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CasesPage({ searchParams }: Props) {
  await connection();
  const { value: filters, ignored } = parseParamsLeniently(pageFiltersSchema, await searchParams);
  const [search, cities, policyAreas] = await Promise.all([searchCases(filters), listCities(), listPolicyAreas()]);

  const known = {
    cities: new Map(cities.map((c) => [c.slug, c.name])),
    policyAreas: new Map(policyAreas.map((p) => [p.slug, p.name])),
  };
  const groups = buildFacetGroups(search.facets, filters, known);
  const active = listActiveFilters(groups, filters);
  const state = caseSearchState(filters);
  const { q: _q, page: _page, ...kept } = state;
  const keep = Object.fromEntries(Object.entries(kept).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  const pageCount = pageCountOf(search.total, PAGE_SIZE);
  const isNoSuchPage = isPastTheLast(search.page, search.total, PAGE_SIZE);
  if (isNoSuchPage) answerNotFound();
  const q = filters.q?.trim();
  const other = await findOtherCaseSearches(filters, search.total);
  const { corrected, anyWord } = otherSearchLinks(CASES_PATH, state, other);
  const hits = search.hits.map((hit) => ({ ...hit, snippet: hit.snippet ? splitSnippet(hit.snippet, MARK_START, MARK_END) : null }));

  return (
    <div className="space-y-8">
      <header className="prose-text space-y-3">
        <h1>Cases</h1>
        <p className="text-lg text-stone-800">
          Every published City Case Description. Search their full text, and narrow them down by city, country,
          policy area, year, OPSI facet of the inventory or stakeholder category.
        </p>
      </header>
      <SearchForm action={CASES_PATH} label="Search the cases" q={filters.q} keep={keep} withHint />
      <IgnoredParams ignored={ignored} />
      <ActiveFilters filters={active} clearHref={CASES_PATH} />
      <div className="space-y-10 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-12 lg:space-y-0">
        <section aria-labelledby="results-heading" className="min-w-0 space-y-5">
          <ResultsHeading key={JSON.stringify(filters)}>{resultsTitle(search.total, q, active.length > 0)}</ResultsHeading>
          <p className="lg:hidden print:hidden">
            <a href="#filters">Filter the cases</a>
          </p>
          {isNoSuchPage ? (
            <NoSuchPage page={search.page} pageCount={pageCount} firstHref={searchHref(CASES_PATH, state, { page: 1 })} lastHref={searchHref(CASES_PATH, state, { page: pageCount })} />
          ) : hits.length > 0 ? (
            <>
              {corrected && <DidYouMean search={corrected} all="all cases" />}
              <CaseHitList hits={hits} start={(search.page - 1) * PAGE_SIZE + 1} />
              <Pagination
                page={search.page}
                pageCount={pageCount}
                previousHref={searchHref(CASES_PATH, state, { page: search.page - 1 })}
                nextHref={searchHref(CASES_PATH, state, { page: search.page + 1 })}
              />
            </>
          ) : (
            <NoResults
              message={active.length > 0 ? "No case matches this search." : "There are no published cases yet."}
              filters={active}
              unsearchable={await unsearchableWords(filters.q)}
              corrected={corrected}
              all="all cases"
              anyWord={anyWord}
            />
          )}
        </section>
        <FacetFilters id="filters" groups={groups} />
      </div>
    </div>
  );
}
