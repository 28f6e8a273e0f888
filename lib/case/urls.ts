import { absoluteUrl } from "../site";

export const casePath = (slug: string) => `/cases/${slug}`;

/** The stable address of a case: what citations, feeds, the sitemap and the API point to. */
export const caseUrl = (slug: string) => absoluteUrl(casePath(slug));

/** The address of one version of a case, which shows the text of that version for good. */
export const caseVersionPath = (slug: string, version: number) => `${casePath(slug)}/versions/${version}`;
/** What changed in a case since one of its versions (to the newest). */
export const caseChangesSincePath = (slug: string, version: number) => `${caseVersionPath(slug, version)}/changes`;
export const caseVersionUrl = (slug: string, version: number) => absoluteUrl(caseVersionPath(slug, version));

/** What a citation points to: the version it names, where a stored case names one (a later edit would change the newest). */
export const citedUrl = (c: { slug: string; version?: number }) => (c.version ? caseVersionUrl(c.slug, c.version) : caseUrl(c.slug));

/**
 * The same address (a page, a version, a file, the API's), of a case that had `slug` while public and has `moved`
 * now: what the earlier address leads to, its query kept.
 */
export function movedCaseUrl(address: string, slug: string, moved: string): string {
  const { pathname, search } = new URL(address, "http://localhost");
  return absoluteUrl(`${pathname.replace(`/cases/${slug}`, `/cases/${moved}`)}${search}`);
}

/** The files a case is offered as, under its address. */
export const caseFiles = (slug: string) => ({
  markdown: `${casePath(slug)}/export.md`,
  json: `${casePath(slug)}/export.json`,
  inventoryCsv: `${casePath(slug)}/inventory.csv`,
  bibtex: `${casePath(slug)}/cite.bib`,
  cslJson: `${casePath(slug)}/cite.json`,
  print: `${casePath(slug)}/print`,
});
