/** Text helpers the importer and the exporter share. */

// Letters that are not a base letter plus a combining accent, so NFD leaves them whole.
const LETTERS: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", Þ: "Th", ı: "i" };

export function stripAccents(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁøØđĐßæÆœŒþÞı]/g, (letter) => LETTERS[letter]!);
}

export function slugify(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

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
