import type { Metadata } from "next";
import { FEED_TYPES, SITE_NAME } from "./site";

/**
 * The metadata every public page sets. Next.js replaces the layout's Open Graph object rather than
 * merging into it, so a page that sets its own title repeats the Open Graph basics here; the same for the
 * alternates, where the feed is named.
 */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: FEED_TYPES },
    openGraph: { title, description, url: path, type: "website", siteName: SITE_NAME },
  };
}

/**
 * A search page's title: what was searched and how much was found, and the page. Tabs, the history and screen
 * readers (which announce a new title after a link followed in the app) tell one search from another.
 */
export function searchPageTitle(base: string, results: string | null, page: number): string {
  return `${base}${results ? `: ${results}` : ""}${page > 1 ? `, page ${page}` : ""}`;
}

/**
 * A page past the last of a list: not indexed, and no canonical address, being no page (it is answered 404:
 * answerNotFound, lib/request-record.ts). A canonical address would fold it into the list's first page.
 */
export function noSuchPageMetadata(base: string, page: number): Metadata {
  return { title: `${base}: there is no page ${page}`, robots: { index: false } };
}
