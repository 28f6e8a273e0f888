import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Page not found" };

// Rendered per request, so its scripts carry the response's CSP nonce like every other page.
export default async function NotFound() {
  await connection();
  return (
    <div className="prose-text space-y-4">
      <h1>Page not found</h1>
      <p>
        There is no published case or page at this address. The link may be mistyped, or the case may not be
        published yet.
      </p>
      <p>
        <Link href="/">Go to the home page</Link> to see every published case.
      </p>
    </div>
  );
}
