import type { Finding } from "./schema";

/**
 * Whether the text after a bold lead-in goes on with its sentence ("**Link the pilot to European networks** such as…",
 * "**Pooling resources** (materials…) to…", "**Create a network**, to ensure…") rather than starting one after a
 * title ("**Importance of Collaboration:** Effective coordination…"): a lead-in that does not end a phrase (":", ".")
 * followed by a space or punctuation, then a lower-case word.
 */
export function continuesLeadIn(leadIn: string, after: string): boolean {
  if (/[:.!?]\s*$/.test(leadIn)) return false;
  const punctuation = /^[^\p{L}\p{N}]*/u.exec(after)![0];
  return punctuation !== "" && !/[:.!?]/.test(punctuation) && /^\p{Ll}/u.test(after.slice(punctuation.length));
}

/**
 * The rest of the sentence when a finding's body opens with its title and goes on from it, as the importer keeps a
 * bold lead-in ("Link the pilot to European networks" + " such as…"); null when title and body stand apart.
 */
export function leadInRest(f: Pick<Finding, "title" | "body">): string | null {
  if (!f.title || !f.body.startsWith(f.title)) return null;
  const rest = f.body.slice(f.title.length);
  return /^ ?\S/.test(rest) && continuesLeadIn(f.title, rest) ? rest : null;
}

/** A finding as one line of plain text: "Title. Body", or only the body when it opens with its title. */
export function findingLine(f: Pick<Finding, "title" | "body">, separator = ". "): string {
  return leadInRest(f) === null ? `${f.title}${separator}${f.body}` : f.body;
}
