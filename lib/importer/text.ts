/** Text helpers the importer and the exporter share. */
import { stripAccents } from "../slug";

/** Lower-case, accent-free, without leading dashes or a trailing colon: how section names are compared. */
export function normaliseHeading(value: string): string {
  return stripAccents(value)
    .replace(/[*_`]/g, "")
    .replace(/^[\s\-–—•·:]+/, "")
    .replace(/[\s:.]+$/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

const SMALL_WORDS = new Set(["a", "an", "and", "at", "by", "de", "du", "for", "in", "of", "on", "or", "the", "to"]);

function isShouting(value: string): boolean {
  return /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value);
}

/** "SAINT-ETIENNE" -> "Saint-Etienne"; text that is not all capitals is kept as written. */
export function fromCapitals(value: string): string {
  if (!isShouting(value)) return value.trim();
  return value
    .trim()
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

export function collapseSpace(value: string): string {
  return value.replace(/[\s\u00a0]+/g, " ").trim();
}
