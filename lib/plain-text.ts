const COUNT_FORMAT = new Intl.NumberFormat("en-GB");
// A fixed locale and time zone keep the server's settings out of what it writes.
const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day as people write it: "27 November 2025" (UTC). */
export const dayOf = (date: Date) => DAY_FORMAT.format(date);

/** A day as the data holds it, in UTC: "2024-05-14". */
export const isoDayOf = (date: Date) => date.toISOString().slice(0, 10);

/** "1 case", "12 cases", "1,000 recommendations". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${COUNT_FORMAT.format(count)} ${count === 1 ? singular : plural}`;
}

/** How many of a list match a filter, as a sentence's start: "1 entry matches", "3 entries match". */
export const countMatching = (count: number, singular: string, plural = `${singular}s`) => `${countOf(count, singular, plural)} ${count === 1 ? "matches" : "match"}`;

export const formatNumber = (n: number) => COUNT_FORMAT.format(n);
