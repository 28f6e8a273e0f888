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
