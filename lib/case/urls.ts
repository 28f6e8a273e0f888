import { absoluteUrl } from "../site";

export const casePath = (slug: string) => `/cases/${slug}`;

/** The stable address of a case: what citations, feeds, the sitemap and the API point to. */
export const caseUrl = (slug: string) => absoluteUrl(casePath(slug));

/** The files a case is offered as, under its address. */
export const caseFiles = (slug: string) => ({
  markdown: `${casePath(slug)}/export.md`,
  json: `${casePath(slug)}/export.json`,
  inventoryCsv: `${casePath(slug)}/inventory.csv`,
  bibtex: `${casePath(slug)}/cite.bib`,
  cslJson: `${casePath(slug)}/cite.json`,
  print: `${casePath(slug)}/print`,
});
