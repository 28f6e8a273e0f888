import Link from "next/link";
import { countOf } from "@/lib/plain-text";

/** A page past the last of some results (an old or typed address): said so, with the way back. */
export function NoSuchPage({ page, pageCount, firstHref }: { page: number; pageCount: number; firstHref: string }) {
  return (
    <p>
      There is no page {page}: the results fit on {countOf(pageCount, "page")}. <Link href={firstHref}>Go to the first page</Link>.
    </p>
  );
}
