import Link from "next/link";
import { countOf } from "@/lib/plain-text";

/**
 * A page past the last of some results (an old or typed address): said so, with the way back. The page is answered
 * 404 (answerNotFound, lib/request-record.ts) and not indexed.
 */
export function NoSuchPage({ page, pageCount, firstHref, lastHref }: { page: number; pageCount: number; firstHref: string; lastHref: string }) {
  return (
    <p>
      There is no page {page}: the results fit on {countOf(pageCount, "page")}. Go to{" "}
      {pageCount > 1 && (
        <>
          <Link href={lastHref}>the last page, page {pageCount}</Link>, or to{" "}
        </>
      )}
      <Link href={firstHref}>the first page</Link>.
    </p>
  );
}
