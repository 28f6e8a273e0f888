import { z } from "zod";

const siteEnvSchema = z.object({
  PUBLIC_URL: z.url("PUBLIC_URL must be the site's public address, such as https://kb.ekip.eu"),
});

/** The site's public address: canonical URLs, permalinks, feeds and citations are built on it. */
export const SITE_URL = siteEnvSchema.parse({ PUBLIC_URL: process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}` }).PUBLIC_URL.replace(/\/$/, "");

export const SITE_NAME = "ekip Knowledge Bank";

/** The licence of the published content (texts of the cases and the data of the API). */
export const CONTENT_LICENCE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  spdx: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const absoluteUrl = (path: string) => `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
