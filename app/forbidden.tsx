import type { Metadata } from "next";
import { FORBIDDEN_TITLE, ForbiddenNotice } from "@/components/forbidden-notice";
import { pageTitle } from "@/lib/site";

export const metadata: Metadata = { title: FORBIDDEN_TITLE, robots: { index: false } };

/**
 * Drawn by Next after a link followed inside the app (a page loaded whole is /_forbidden's, scripts/error-pages.mjs).
 * There Next keeps the refused page's own title ("Organisations", or the not-found one): React puts this one first.
 */
export default function Forbidden() {
  return (
    <>
      <title>{pageTitle(FORBIDDEN_TITLE)}</title>
      <ForbiddenNotice />
    </>
  );
}
