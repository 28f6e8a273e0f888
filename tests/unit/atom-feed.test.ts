import { describe, expect, it } from "vitest";
import { escapeXml, toAtomFeed, type FeedCase } from "@/lib/case/atom-feed";
import { SITE_URL } from "@/lib/site";

const cases: FeedCase[] = [
  {
    slug: "saint-etienne-artificial-intelligence", title: null, isSample: false, cityName: "Saint-Etienne", countryName: "France",
    policyAreaSlug: "artificial-intelligence", policyAreaName: "Artificial Intelligence", focus: "",
    publishedAt: new Date("2025-01-10T08:00:00Z"), updatedAt: new Date("2025-06-01T08:00:00Z"),
  },
  {
    slug: "kosice-r-d", title: 'Research <& "development">\u0001', isSample: false, cityName: "Košice", countryName: "Slovakia",
    policyAreaSlug: "r-d", policyAreaName: "R&D", focus: "Spin-offs", publishedAt: new Date("2025-03-01T08:00:00Z"), updatedAt: new Date("2025-03-01T08:00:00Z"),
  },
];

describe("the Atom feed", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0000\u000B\t`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;\t");
  });

  it("lists the newest publication first, each case linked by its permalink", () => {
    const feed = toAtomFeed(cases);
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const ids = [...feed.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([`${SITE_URL}/cases/kosice-r-d`, `${SITE_URL}/cases/saint-etienne-artificial-intelligence`]);
    expect(feed).toContain("<title>Košice: R&amp;D (Spin-offs)</title>");
    expect(feed).toContain("Research &lt;&amp; &quot;development&quot;&gt;</summary>");
    expect(feed).not.toContain("\u0001");
    expect(feed).toMatch(/<\/author>\n  <updated>2025-06-01T08:00:00.000Z<\/updated>/); // the feed's: its latest change
    expect(feed).toContain('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/>');
  });

  it("labels sample content, and never says a case was updated before it was published", () => {
    const sample: FeedCase = {
      ...cases[0]!, slug: "wierzbno-green-transition", isSample: true, cityName: "Wierzbno",
      publishedAt: new Date("2026-02-01T08:00:00Z"), updatedAt: new Date("2026-01-31T08:00:00Z"),
    };
    const feed = toAtomFeed([sample]);
    expect(feed).toContain("<title>Wierzbno: Artificial Intelligence (Sample content - not an ekip case)</title>");
    expect(feed).toContain("<summary>Sample content - not an ekip case. City Case Description of Wierzbno");
    expect(feed).toContain("<published>2026-02-01T08:00:00.000Z</published>\n    <updated>2026-02-01T08:00:00.000Z</updated>");
    expect(toAtomFeed(cases)).not.toContain("Sample content");
  });

  it("keeps to the newest few and is still a valid feed without cases", () => {
    expect(toAtomFeed(cases, { limit: 1 }).match(/<entry>/g)).toHaveLength(1);
    const empty = toAtomFeed([], { now: new Date("2026-01-01T00:00:00Z") });
    expect(empty).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
    expect(empty).not.toContain("<entry>");
  });
});
