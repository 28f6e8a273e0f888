import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SearchForm } from "@/components/search-form";

export const metadata: Metadata = { title: "Page not found" };

// Rendered per request, so its scripts carry the response's CSP nonce like every other page.
export default async function NotFound() {
  await connection();
  return (
    <div className="prose-text space-y-4">
      <h1>Page not found</h1>
      <p>
        There is no published case, city, policy area or actor at this address. The link may be mistyped, or what it
        names may not be published yet.
      </p>
      <SearchForm action="/cases" label="Search the cases instead" id="not-found-search" />
      <p className="print:hidden">
        <Link href="/">Go to the home page</Link> to see the newest cases, or choose a part of the knowledge bank from the menu at the top.
      </p>
    </div>
  );
}
