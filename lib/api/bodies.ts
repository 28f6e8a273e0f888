import "server-only";
import type { ActorList as ActorResults, ActorPage } from "@/db/actors";
import type { CitySummary } from "@/db/cities";
import type { PolicyAreaSummary } from "@/db/policy-areas";
import type { Recommendation, RecommendationList as RecommendationResults } from "@/db/recommendations";
import type { CaseSearch } from "@/db/search";
import type { PublishedCase } from "@/db/cases";
import type { ActorFilters } from "../actors/actor-filters";
import type { CaseFilters } from "../search/case-filters";
import { toRecommendationCitationText } from "../case/cite";
import { oneRecommendationHref } from "../case/recommendation-part";
import { caseUrl } from "../case/urls";
import type { OtherSearches } from "../search/other-searches";
import type { RecommendationFilters } from "../search/recommendation-filters";
import { unsearchableMessage } from "../search/unsearchable";
import { absoluteUrl, CONTENT_LICENCE } from "../site";
import { pageLinks, searchUrl } from "./links";
import { BULK_FORMAT, type Actor, type ActorList, type BulkCases, type CaseList, type CityList, type PolicyAreaList, type RecommendationList, type Suggestion } from "./schemas";
import { toSnippetParts } from "./snippet";

/** The bodies of the API's responses, from what the data layer returns. */

const license = { ...CONTENT_LICENCE };

/**
 * What is said beside the results of a search: `unsearchable`, the words of `q` when they leave nothing to search
 * for; `otherSearches`, the searches offered instead (findOtherSearches).
 */
type SearchNotes = { unsearchable?: string; otherSearches: OtherSearches };

export function caseListBody(search: CaseSearch, filters: CaseFilters, notes: SearchNotes): CaseList {
  return {
    data: search.hits.map((hit) => ({ ...hit, snippet: toSnippetParts(hit.snippet), url: caseUrl(hit.slug), apiUrl: absoluteUrl(`/api/v1/cases/${hit.slug}`) })),
    page: search.page,
    pageSize: search.pageSize,
    total: search.total,
    links: pageLinks("/api/v1/cases", filters, search),
    facets: search.facets,
    ...notesOf("/api/v1/cases", filters, notes),
    license,
  };
}

export function cityListBody(cities: CitySummary[]): CityList {
  return { data: cities.map((city) => ({ ...city, url: absoluteUrl(`/cities/${city.slug}`) })), license };
}

export function policyAreaListBody(areas: PolicyAreaSummary[]): PolicyAreaList {
  return { data: areas.map((area) => ({ ...area, url: absoluteUrl(`/policy-areas/${area.slug}`) })), license };
}

/** A recommendation with its case's address and its reference, which is what the API gives of its case's version and dates. */
function recommendationBody(r: Recommendation) {
  const { caseVersion: _version, caseUpdatedAt: _updatedAt, casePublishedAt: _publishedAt, workshopDate: _workshopDate, isFirstOfNumber: _first, titleSnippet: _title, ...item } = r;
  return {
    ...item, snippet: toSnippetParts(r.snippet), caseUrl: caseUrl(r.caseSlug),
    url: r.isFirstOfNumber ? absoluteUrl(oneRecommendationHref(r.caseSlug, r.part, r.number)) : null,
    citation: toRecommendationCitationText(r, null),
  };
}

export function recommendationListBody(results: RecommendationResults, filters: RecommendationFilters, notes: SearchNotes): RecommendationList {
  return {
    data: results.items.map(recommendationBody),
    page: results.page,
    pageSize: results.pageSize,
    total: results.total,
    links: pageLinks("/api/v1/recommendations", filters, results),
    facets: results.options,
    ...notesOf("/api/v1/recommendations", filters, notes),
    license,
  };
}

export function actorListBody(list: ActorResults, filters: ActorFilters): ActorList {
  return {
    data: list.actors.map((actor) => ({ ...actor, url: absoluteUrl(`/actors/${actor.slug}`), apiUrl: absoluteUrl(`/api/v1/actors/${actor.slug}`) })),
    page: list.page,
    pageSize: list.pageSize,
    total: list.total,
    links: pageLinks("/api/v1/actors", filters, list),
    license,
  };
}

export function actorBody(actor: ActorPage): Actor {
  return {
    ...actor,
    isSample: actor.appearances.every((appearance) => appearance.isSample),
    url: absoluteUrl(`/actors/${actor.slug}`),
    apiUrl: absoluteUrl(`/api/v1/actors/${actor.slug}`),
    appearances: actor.appearances.map((appearance) => ({
      ...appearance, caseUrl: caseUrl(appearance.caseSlug), caseApiUrl: absoluteUrl(`/api/v1/cases/${appearance.caseSlug}`),
    })),
    license,
  };
}

/** `notice` and `suggestions`, each only when there is something to say. */
function notesOf(path: string, filters: CaseFilters | RecommendationFilters, { unsearchable, otherSearches }: SearchNotes) {
  const offered = (kind: Suggestion["kind"], q: string | undefined, filtersKept = true): Suggestion[] =>
    (q === undefined ? [] : [{ kind, q, filtersKept, url: searchUrl(path, { ...(filtersKept ? filters : {}), q, page: 1 }) }]);
  const { corrected, correctedInAll, anyWord } = otherSearches;
  const suggestions = [...offered("corrected", corrected), ...offered("corrected", correctedInAll, false), ...offered("anyWord", anyWord)];
  return { ...(unsearchable === undefined ? {} : { notice: unsearchableMessage(unsearchable) }), ...(suggestions.length ? { suggestions } : {}) };
}

export function bulkCasesBody(cases: PublishedCase[], generatedAt: Date): BulkCases {
  return { format: BULK_FORMAT, license, generatedAt: generatedAt.toISOString(), cases };
}
