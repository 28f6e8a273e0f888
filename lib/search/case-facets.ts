import { FACET_LABELS, STAKEHOLDER_CATEGORY_LABELS, type Facet, type StakeholderCategory } from "../case/schema";
import { countryName } from "../importer/countries";
import type { ActiveFilter } from "./active-choices";
import { FILTER_NAMES, type CaseFilterName, type CaseFilters } from "./case-filters";
import { searchHref, type SearchState } from "./href";
import { quotedWords } from "./search-words";

export const CASES_PATH = "/cases";

export const FILTER_TITLES: Record<CaseFilterName, string> = {
  city: "City",
  country: "Country",
  policyArea: "Policy area",
  year: "Year",
  facet: "OPSI facet",
  stakeholder: "Stakeholder category",
};

type FacetValue = { value: string; label: string; count: number };
export type FacetLink = { label: string; count: number; href: string; isSelected: boolean };
export type FacetGroup = { name: CaseFilterName; title: string; values: FacetLink[] };
/** Names the search did not return itself: for a chosen value that no case has under the other filters. */
export type KnownNames = { cities: Map<string, string>; policyAreas: Map<string, string> };

export function caseSearchState(filters: CaseFilters): SearchState {
  const { q, page, ...facets } = filters;
  return { q, ...facets, page };
}

function fallbackLabel(name: CaseFilterName, value: string, known: KnownNames): string {
  switch (name) {
    case "city": return known.cities.get(value) ?? value;
    case "policyArea": return known.policyAreas.get(value) ?? value;
    case "country": return countryName(value);
    case "facet": return FACET_LABELS[value as Facet] ?? value;
    case "stakeholder": return STAKEHOLDER_CATEGORY_LABELS[value as StakeholderCategory] ?? value;
    case "year": return value;
  }
}

/**
 * Every facet of /cases as links: choosing a value keeps the other filters; the chosen value links
 * to the search without it. A chosen value no case has under the other filters is still listed (0).
 */
export function buildFacetGroups(facets: Record<CaseFilterName, FacetValue[]>, filters: CaseFilters, known: KnownNames): FacetGroup[] {
  const state = caseSearchState(filters);
  return FILTER_NAMES.map((name) => {
    const selected = filters[name] === undefined ? undefined : String(filters[name]);
    const values = [...facets[name]];
    if (selected !== undefined && !values.some((v) => v.value === selected)) {
      values.push({ value: selected, label: fallbackLabel(name, selected, known), count: 0 });
    }
    return {
      name,
      title: FILTER_TITLES[name],
      values: values.map((v) => ({
        label: v.label,
        count: v.count,
        isSelected: v.value === selected,
        href: searchHref(CASES_PATH, state, { [name]: v.value === selected ? undefined : v.value }),
      })),
    };
  });
}

/** The search words and each chosen facet value, with the address of the search without it. */
export function listActiveFilters(groups: FacetGroup[], filters: CaseFilters): ActiveFilter[] {
  const state = caseSearchState(filters);
  const active: ActiveFilter[] = filters.q?.trim()
    ? [{ title: "Search", label: quotedWords(filters.q.trim()), removeHref: searchHref(CASES_PATH, state, { q: undefined }) }]
    : [];
  for (const group of groups) {
    for (const value of group.values) {
      if (value.isSelected) active.push({ title: group.title, label: value.label, removeHref: value.href });
    }
  }
  return active;
}

/** How many values of a facet are listed before the rest are folded under "N more". */
export const FACET_VALUES_SHOWN = 10;

/**
 * A facet's values split into those listed at once (the most frequent, and whichever is chosen) and the
 * rest, folded away: at 10,000 cases a collection has hundreds of cities. Each keeps its order.
 */
export function foldFacetValues(values: FacetLink[], shown = FACET_VALUES_SHOWN): { shown: FacetLink[]; folded: FacetLink[] } {
  if (values.length <= shown + 1) return { shown: values, folded: [] };
  const isShown = (v: FacetLink, i: number) => i < shown || v.isSelected;
  return { shown: values.filter(isShown), folded: values.filter((v, i) => !isShown(v, i)) };
}
