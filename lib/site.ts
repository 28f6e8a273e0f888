import { localUrl, publicUrlSchema } from "./env";

/** The site's public address: canonical URLs, permalinks, feeds and citations are built on it. */
export const SITE_URL = publicUrlSchema.parse(process.env.PUBLIC_URL || localUrl(process.env.PORT || undefined)).replace(/\/$/, "");

export const SITE_NAME = "ekip Knowledge Bank";

/** A page's title as tabs and bookmarks show it: its own, then the site's (app/layout.tsx's template). */
export const pageTitle = (title: string) => `${title} · ${SITE_NAME}`;

/** The licence's name in its two parts: a sentence on paper puts the address in the short name's bracket. */
export const CONTENT_LICENCE_WORDS = { title: "Creative Commons Attribution 4.0 International", short: "CC BY 4.0" } as const;

/** The licence of the published content (texts of the cases and the data of the API), as the API and files give it. */
export const CONTENT_LICENCE = {
  name: `${CONTENT_LICENCE_WORDS.title} (${CONTENT_LICENCE_WORDS.short})`,
  spdx: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;

/** The Atom feed of newly published cases, named in every page's head so that feed readers find it. */
export const FEED_TYPES = { "application/atom+xml": [{ url: "/feed.xml", title: pageTitle("New cases") }] };
