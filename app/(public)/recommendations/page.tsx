import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { ActiveFilters } from "@/components/active-filters";
import { DidYouMean } from "@/components/did-you-mean";
import { IgnoredParams } from "@/components/ignored-params";
import { NoResults } from "@/components/no-results";
import { NoSuchPage } from "@/components/no-such-page";
import { Pagination } from "@/components/pagination";
import { ResultsHeading } from "@/components/results-heading";
import { RecommendationGroups } from "@/components/recommendation-groups";
import { RecommendationList } from "@/components/recommendation-list";
import { RecommendationSearchForm } from "@/components/recommendation-search-form";
import { listRecommendations, recommendationOptionNames, type Option } from "@/db/recommendations";
import { MARK_END, MARK_START, unsearchableWords } from "@/db/search";
import { findOtherRecommendationSearches } from "@/db/spelling-suggestions";
import { countOf } from "@/lib/plain-text";
import { noSuchPageMetadata, pageMetadata, searchPageTitle } from "@/lib/page-metadata";
import { answerNotFound } from "@/lib/request-record";
import { listActiveChoices } from "@/lib/search/active-choices";
import { searchHref } from "@/lib/search/href";
import { isPastTheLast, pageCountOf } from "@/lib/search/page-count";
import { quotedWords } from "@/lib/search/search-words";
import { parseParamsLeniently } from "@/lib/search/lenient-params";
import { otherSearchLinks } from "@/lib/search/other-searches";
import { hasRecommendationFilters, RECOMMENDATIONS_PAGE_SIZE, recommendationFiltersSchema } from "@/lib/search/recommendation-filters";
import { splitSnippet } from "@/lib/search/snippet";
import { caseName } from "@/lib/case/case-name";

const PATH = "/recommendations";

/** What the list holds, as its heading and the page's title say it. */
function resultsTitle(total: number, q: string | undefined, isNarrowed: boolean): string {
  return `${countOf(total, "recommendation")}${q ? ` matching ${quotedWords(q)}` : isNarrowed ? " found" : ""}`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { value: filters } = parseParamsLeniently(pageFiltersSchema, await searchParams);
  const q = filters.q?.trim();
  // The page's own read (cached and shared): the title says what it found, and whether there is such a page.
  const { total } = await listRecommendations(filters);
  if (isPastTheLast(filters.page, total, RECOMMENDATIONS_PAGE_SIZE)) return noSuchPageMetadata("Recommendations", filters.page);
  const results = q || hasRecommendationFilters(filters) ? resultsTitle(total, q, hasRecommendationFilters(filters)) : null;
  return pageMetadata({
    title: searchPageTitle("Recommendations", results, filters.page),
    description: "Every recommendation of every published City Case Description, by city, country and policy area, searchable.",
    path: PATH,
  });
}

// Unlike the API, the page ignores parameters it does not know: links from elsewhere may carry some.
const pageFiltersSchema = z.object(recommendationFiltersSchema.shape);

/** A chosen value stays in its list even when no recommendation has it, so the form shows what was asked, by its name. */
function withSelected(options: Option[], selected: string | undefined, names: Record<string, string>): Option[] {
  return selected === undefined || options.some((o) => o.value === selected) ? options : [...options, { value: selected, label: names[selected] ?? selected, count: 0 }];
}

const CHOICES = [
  { name: "city", label: "City", any: "Any city" },
  { name: "country", label: "Country", any: "Any country" },
  { name: "policyArea", label: "Policy area", any: "Any policy area" },
] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecommendationsPage({ searchParams }: Props) {
  await connection();
  const { value: filters, ignored } = parseParamsLeniently(pageFiltersSchema, await searchParams);
  const [list, names] = await Promise.all([listRecommendations(filters), recommendationOptionNames()]);
  const state = filters;
  const choices = CHOICES.map((c) => ({ ...c, options: withSelected(list.options[c.name], filters[c.name], names[c.name]), selected: filters[c.name] }));
  const active = listActiveChoices(PATH, state, choices);
  const pageCount = pageCountOf(list.total, RECOMMENDATIONS_PAGE_SIZE);
  const isNoSuchPage = isPastTheLast(list.page, list.total, RECOMMENDATIONS_PAGE_SIZE);
  if (isNoSuchPage) answerNotFound();
  const q = filters.q?.trim();
  const other = await findOtherRecommendationSearches(filters, list.total);
  const { corrected, anyWord } = otherSearchLinks(PATH, state, other);
  const marked = (text: string | null) => (text ? splitSnippet(text, MARK_START, MARK_END) : null);
  const recommendations = list.items.map((r) => ({ ...r, highlighted: marked(r.snippet), highlightedTitle: marked(r.titleSnippet) }));

  return (
    <div className="space-y-8">
      <header className="prose-text space-y-3">
        <h1>Recommendations</h1>
        <p className="text-lg text-stone-800">
          Every recommendation the workshop participants made, across all published cases. Each links to the case it
          comes from, where it is read with its conclusions.
        </p>
      </header>
      <RecommendationSearchForm q={filters.q} choices={choices} />
      <IgnoredParams ignored={ignored} />
      <ActiveFilters filters={active} clearHref={PATH} />
      <section aria-labelledby="results-heading" className="space-y-5">
        <ResultsHeading key={JSON.stringify(filters)}>{resultsTitle(list.total, q, active.length > 0)}</ResultsHeading>
        {isNoSuchPage ? (
          <NoSuchPage page={list.page} pageCount={pageCount} firstHref={searchHref(PATH, state, { page: 1 })} lastHref={searchHref(PATH, state, { page: pageCount })} />
        ) : recommendations.length > 0 ? (
          <>
            {corrected && <DidYouMean search={corrected} all="all recommendations" />}
            {/* Listed in the cases' order, they read case by case as numbered there; ranked by a search, one by one. */}
            {q ? (
              <RecommendationList recommendations={recommendations} />
            ) : (
              <RecommendationGroups recommendations={recommendations} caseNames={new Map(recommendations.map((r) => [r.caseSlug, caseName(r)]))} />
            )}
            <Pagination
              page={list.page}
              pageCount={pageCount}
              previousHref={searchHref(PATH, state, { page: list.page - 1 })}
              nextHref={searchHref(PATH, state, { page: list.page + 1 })}
            />
          </>
        ) : (
          <NoResults
            message={active.length > 0 ? "No recommendation matches this search." : "There are no published recommendations yet."}
            filters={active}
            unsearchable={await unsearchableWords(filters.q)}
            corrected={corrected}
            all="all recommendations"
            anyWord={anyWord}
          />
        )}
      </section>
    </div>
  );
}
