import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

// The editors' own 404: their cases are found whatever their status, so "not published yet" is no reason here.
export default async function EditorNotFound() {
  await connection();
  return (
    <div className="prose-text space-y-4">
      <h1>Not found</h1>
      <p>There is no case, city, organisation or page at this address: the link may be mistyped, or what it named was removed or merged.</p>
      <p>
        <Link href="/edit">Go to all cases</Link>.
      </p>
    </div>
  );
}
