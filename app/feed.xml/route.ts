import { connection } from "next/server";
import { listPublishedCases } from "@/db/cases";
import { getContentTag } from "@/db/content-revision";
import { openContent, sameContent } from "@/lib/api/http";
import { toAtomFeed } from "@/lib/case/atom-feed";

/** The feed, asked again by readers every so often: 304 while no published content changed (If-None-Match). */
export async function GET(request: Request) {
  await connection();
  const etag = await getContentTag();
  const unchanged = sameContent(request, etag);
  if (unchanged) return unchanged;
  return openContent(toAtomFeed(await listPublishedCases()), "application/atom+xml; charset=utf-8", etag);
}
