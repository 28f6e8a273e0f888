import { connection } from "next/server";
import { listPublishedCases } from "@/db/cases";
import { toAtomFeed } from "@/lib/case/atom-feed";

export async function GET() {
  await connection();
  return new Response(toAtomFeed(await listPublishedCases()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
