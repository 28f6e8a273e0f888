/** Accent folding and slugs: shared by the importer, the editor, the catalog, case names and the quality checks. */
import transliterate from "@sindresorhus/transliterate";

// Letters that are not a base letter plus a combining accent, so NFD leaves them whole.
const LETTERS: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", Þ: "Th", ı: "i" };

export function stripAccents(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁøØđĐßæÆœŒþÞı]/g, (letter) => LETTERS[letter]!);
}

/**
 * A text as names and words are compared: accents and case aside, Greek's final sigma as σ (as a capital Σ
 * lower-cases), so that "ΔΗΜΟΣ" and "Δήμος" are one.
 */
export function foldCase(value: string): string {
  return stripAccents(value).toLowerCase().replaceAll("ς", "σ");
}

/** How the app orders names it sorts itself, as db/alphabetical.ts orders them in SQL: accents and case aside. */
export const compareNames = new Intl.Collator("en").compare;

// Letters of other scripts: Greek, Cyrillic, Armenian... Latin letters are folded as above, as they always were.
const NON_LATIN_LETTERS = /(?:(?!\p{Script=Latin})\p{L})+/gu;

/**
 * "Saint-Étienne" -> "saint-etienne", "Пловдив" -> "plovdiv": the web addresses of cases, cities, policy areas,
 * organisations and methods. Letters of other scripts are spelt in Latin ones (transliterate) rather than dropped,
 * which left a Greek or Cyrillic name without an address.
 */
export function slugify(value: string): string {
  return stripAccents(value.replace(NON_LATIN_LETTERS, (letters) => transliterate(letters)))
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
