import type { Facet } from "../case/schema";
import { FACET_LABELS } from "../case/schema";

// "-oriented" however it is written: "oriented", "-orientated", " - oriented", with the hyphens (U+2010, U+2011) a
// word processor puts in.
const ORIENTED = String.raw`(?:\s*[-‐‑–]?\s*orient(?:at)?ed)?`;
const FACET_PATTERNS: Array<[RegExp, Facet]> = [
  [new RegExp(`^enhancement${ORIENTED}(?![\\p{L}])`, "iu"), "enhancement"],
  [new RegExp(`^mission${ORIENTED}(?![\\p{L}])`, "iu"), "mission"],
  [/^adaptive(?![\p{L}])/iu, "adaptive"],
  [/^anticipatory(?![\p{L}])/iu, "anticipatory"],
];
const SEPARATOR = /^\s*(?:[-‐‑–—,;/&+]|and(?![\p{L}]))\s*/iu;

function matchFacet(text: string): [Facet, string] | null {
  for (const [pattern, facet] of FACET_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return [facet, text.slice(m[0].length)];
  }
  return null;
}

/**
 * Reads an "Innovation Character (OPSI)" cell: "Enhancement – adaptive High level on innovation"
 * gives the facets enhancement and adaptive and the note "High level on innovation".
 */
export function parseFacets(cell: string): { facets: Facet[]; note: string | null } {
  const facets: Facet[] = [];
  let rest = cell.trim();
  let next = matchFacet(rest);
  while (next) {
    if (!facets.includes(next[0])) facets.push(next[0]);
    rest = next[1];
    const separator = SEPARATOR.exec(rest);
    const after = separator ? matchFacet(rest.slice(separator[0].length)) : matchFacet(rest.trimStart());
    if (!after) break;
    next = after;
  }
  const note = rest.replace(/^[\s\-–—,;:]+/, "").trim();
  return { facets, note: note || null };
}

/** The cell as the delivered documents write it: "Enhancement – adaptive High level on innovation". */
export function formatFacets(facets: readonly Facet[], note: string | null): string {
  const words = facets.map((facet, i) => {
    const label = facet === "enhancement" ? "Enhancement" : FACET_LABELS[facet];
    return i === 0 ? label : label.toLowerCase();
  });
  return [words.join(" – "), note ?? ""].filter(Boolean).join(" ");
}
