import "server-only";
import { MARK_END, MARK_START } from "@/db/search";
import type { Snippet } from "./schemas";

/** A snippet with the database's match marks, as parts a client can style without parsing markup. */
export function toSnippetParts(snippet: string | null): Snippet {
  if (snippet === null) return null;
  const parts: NonNullable<Snippet> = [];
  for (const [index, piece] of snippet.split(MARK_START).entries()) {
    const [matched, rest] = index === 0 ? [null, piece] : splitOnce(piece, MARK_END);
    if (matched) parts.push({ text: matched, isMatch: true });
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length).replaceAll(separator, "")];
}
