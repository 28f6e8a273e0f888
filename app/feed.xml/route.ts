import { connection } from "next/server";
import { listPublishedCases } from "@/db/cases";
import { openContent } from "@/lib/api/http";
import { toAtomFeed } from "@/lib/case/atom-feed";
import { publishedContentTag } from "@/lib/api/published-content-tag";

/** The feed, asked again by readers every so often: 304 while no published content changed (If-None-Match). */
export async function GET(request: Request) {
  await connection();
  const { etag, notModified } = await publishedContentTag(request);
  if (notModified) return notModified;
  return openContent(toAtomFeed(await listPublishedCases()), "application/atom+xml; charset=utf-8", etag);
}
