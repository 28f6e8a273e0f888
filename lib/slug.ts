/** Accent folding and slugs: shared by the importer, the editor, the catalog, case names and the quality checks. */

// Letters that are not a base letter plus a combining accent, so NFD leaves them whole.
const LETTERS: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", þ: "th", Þ: "Th", ı: "i" };

export function stripAccents(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁøØđĐßæÆœŒþÞı]/g, (letter) => LETTERS[letter]!);
}

/** "Saint-Étienne" -> "saint-etienne": the web addresses of cases, cities, policy areas and organisations. */
export function slugify(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
