import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
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
