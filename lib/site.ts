import { localUrl, publicUrlSchema } from "./env";

/** The site's public address: canonical URLs, permalinks, feeds and citations are built on it. */
export const SITE_URL = publicUrlSchema.parse(process.env.PUBLIC_URL || localUrl(process.env.PORT || undefined)).replace(/\/$/, "");

export const SITE_NAME = "ekip Knowledge Bank";

/** A page's title as tabs and bookmarks show it: its own, then the site's (app/layout.tsx's template). */
export const pageTitle = (title: string) => `${title} · ${SITE_NAME}`;

const LICENCE_TITLE = "Creative Commons Attribution 4.0 International";
const LICENCE_SHORT = "CC BY 4.0";

/** The licence of the published content (texts of the cases and the data of the API). */
export const CONTENT_LICENCE = {
  name: `${LICENCE_TITLE} (${LICENCE_SHORT})`,
  title: LICENCE_TITLE,
  short: LICENCE_SHORT,
  spdx: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;

/** The Atom feed of newly published cases, named in every page's head so that feed readers find it. */
export const FEED_TYPES = { "application/atom+xml": [{ url: "/feed.xml", title: pageTitle("New cases") }] };
