import { CITATION_AUTHOR } from "./cite";
import { SAMPLE_LABEL } from "./schema";
import { caseFiles, caseUrl } from "./urls";
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from "../site";
import { caseName } from "./case-name";

export type FeedCase = {
  slug: string; title: string | null; isSample: boolean; cityName: string; countryName: string; policyAreaSlug: string; policyAreaName: string; focus: string | null;
  publishedAt: Date | null; updatedAt: Date;
};

// XML 1.0 allows no control characters but tab, line feed and carriage return, not even escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or an attribute value as XML: markup characters escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const published = (c: FeedCase) => c.publishedAt ?? c.updatedAt;
/** Atom's `updated` is never before `published`: a case published after its last save was updated then. */
const updated = (c: FeedCase) => (published(c) > c.updatedAt ? published(c) : c.updatedAt);

function entry(c: FeedCase): string {
  const url = escapeXml(caseUrl(c.slug));
  const name = `${caseName(c)}${c.isSample ? ` (${SAMPLE_LABEL})` : ""}`;
  const summary = `${c.isSample ? `${SAMPLE_LABEL}. ` : ""}City Case Description of ${c.cityName}, ${c.countryName}, on ${c.policyAreaName}${c.title ? `: ${c.title}` : "."}`;
  return `  <entry>
    <id>${url}</id>
    <title>${escapeXml(name)}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <link rel="alternate" type="application/json" href="${escapeXml(absoluteUrl(caseFiles(c.slug).json))}"/>
    <published>${published(c).toISOString()}</published>
    <updated>${updated(c).toISOString()}</updated>
    <category term="${escapeXml(c.policyAreaSlug)}" label="${escapeXml(c.policyAreaName)}"/>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
}

/** An Atom feed (RFC 4287) of the newest published cases, newest publication first. */
export function toAtomFeed(cases: FeedCase[], { limit = 50, now = new Date() }: { limit?: number; now?: Date } = {}): string {
  const entries = [...cases].sort((a, b) => published(b).getTime() - published(a).getTime() || a.slug.localeCompare(b.slug)).slice(0, limit);
  const latest = entries.reduce<Date | null>((newest, c) => (!newest || updated(c) > newest ? updated(c) : newest), null) ?? now;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${escapeXml(absoluteUrl("/feed.xml"))}</id>
  <title>${escapeXml(`${SITE_NAME}: City Case Descriptions`)}</title>
  <subtitle>Newly published City Case Descriptions of the ekip partnership</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl("/feed.xml"))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl("/cases"))}"/>
  <link rel="license" href="${escapeXml(CONTENT_LICENCE.url)}"/>
  <rights>${escapeXml(CONTENT_LICENCE.name)}</rights>
  <author><name>${escapeXml(CITATION_AUTHOR)}</name></author>
  <updated>${latest.toISOString()}</updated>
${entries.map(entry).join("\n")}
</feed>
`;
}
