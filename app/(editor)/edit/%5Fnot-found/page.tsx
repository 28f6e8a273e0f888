import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { EDITOR_NOT_FOUND_TITLE, EditorNotFoundNotice } from "@/components/editor-not-found";
import { WHOLE_PAGE_HEADER } from "@/lib/whole-pages";

export const metadata: Metadata = { title: EDITOR_NOT_FOUND_TITLE, robots: { index: false } };

/**
 * /edit/_not-found: the editors' not-found page rendered whole, for scripts/error-pages.mjs to send (status 404) where
 * Next would leave it to the framework to draw. Asked for by nobody else: anyone else gets the not-found page itself.
 */
export default async function EditorNotFoundPage() {
  if ((await headers()).get(WHOLE_PAGE_HEADER) === null) notFound();
  return <EditorNotFoundNotice />;
}
