import { localUrl, publicUrlSchema } from "./env";

/** The site's public address: canonical URLs, permalinks, feeds and citations are built on it. */
export const SITE_URL = publicUrlSchema.parse(process.env.PUBLIC_URL || localUrl(process.env.PORT || undefined)).replace(/\/$/, "");

export const SITE_NAME = "ekip Knowledge Bank";

/** The licence of the published content (texts of the cases and the data of the API). */
export const CONTENT_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  spdx: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;

/** The Atom feed of newly published cases, named in every page's head so that feed readers find it. */
export const FEED_TYPES = { "application/atom+xml": [{ url: "/feed.xml", title: `New cases · ${SITE_NAME}` }] };
