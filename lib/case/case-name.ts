import { slugify } from "../slug";

/**
 * How a case is named wherever it is listed: its city and policy area, and its focus when it has one (two cases
 * of one city and policy area differ only by it).
 */
export function caseName({ cityName, policyAreaName, focus }: { cityName: string; policyAreaName: string; focus: string | null }): string {
  return withFocus(`${cityName}: ${policyAreaName}`, focus);
}

/** A name of a case followed by its focus, when it has one: what tells two cases of one city and policy area apart. */
export function withFocus(name: string, focus: string | null): string {
  return focus ? `${name} (${focus})` : name;
}

/** The same, for a whole case. */
export function caseDocumentName(c: { city: { name: string }; policyArea: { name: string }; focus: string | null }): string {
  return caseName({ cityName: c.city.name, policyAreaName: c.policyArea.name, focus: c.focus });
}

/** The address a new case is given: its city's, its policy area's and its focus's slugs. */
export function suggestedCaseSlug(citySlug: string, policyAreaSlug: string, focus: string | null): string {
  return [citySlug, policyAreaSlug, focus ? slugify(focus) : ""].filter(Boolean).join("-");
}
