import type { Metadata } from "next";
import { FORBIDDEN_TITLE, ForbiddenNotice } from "@/components/forbidden-notice";
import { pageTitle } from "@/lib/site";

export const metadata: Metadata = { title: FORBIDDEN_TITLE, robots: { index: false } };

/**
 * Drawn by Next after a link followed inside the app (a page loaded whole is /_forbidden's, scripts/error-pages.mjs).
 * There the refused page's metadata gives the title shown, put in after this one: the editors' pages say the
 * forbidden title in it too (app/(editor)/page-access.ts). This one stands for any page that does not.
 */
export default function Forbidden() {
  return (
    <>
      <title>{pageTitle(FORBIDDEN_TITLE)}</title>
      <ForbiddenNotice />
    </>
  );
}
