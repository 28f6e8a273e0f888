import { getContentTag } from "@/db/content-revision";
import { isoDayOf } from "../plain-text";
import { sameContent } from "./http";

/**
 * The validator of a file made from the published content (a bulk file, a case's or a comparison's download, the
 * feed): the content's revision, which any change of published content moves on, and the 304 to answer instead
 * when the request holds it already (If-None-Match).
 */
export async function publishedContentTag(request: Request, { byDay = false } = {}): Promise<{ etag: string; notModified: Response | null }> {
  // A file that says the day it was read (a reference's "accessed") changes with the day too: a 304 would keep yesterday's.
  const etag = byDay ? `${await getContentTag()}.${isoDayOf(new Date()).replaceAll("-", "")}` : await getContentTag();
  return { etag, notModified: sameContent(request, etag) };
}
