import { connection } from "next/server";
import { listPublishedCases } from "@/db/cases";
import { openContent } from "@/lib/api/http";
import { toAtomFeed } from "@/lib/case/atom-feed";

export async function GET() {
  await connection();
  return openContent(toAtomFeed(await listPublishedCases()), "application/atom+xml; charset=utf-8");
}
