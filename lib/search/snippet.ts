export type SnippetPart = { text: string; isMatch: boolean };

/**
 * Splits a search snippet on the marks the database put around the matched words, so that a page
 * can render them as <mark> elements without ever reading the text as HTML. A mark left open at the
 * end, or a stray closing mark, loses nothing of the text.
 */
export function splitSnippet(snippet: string, start: string, end: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, isMatch: boolean) => {
    const clean = text.split(start).join("").split(end).join("");
    if (clean === "") return;
    const last = parts.at(-1);
    if (last && last.isMatch === isMatch) last.text += clean;
    else parts.push({ text: clean, isMatch });
  };
  let rest = snippet;
  while (rest !== "") {
    const open = rest.indexOf(start);
    if (open === -1) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    const close = rest.indexOf(end, open + start.length);
    if (close === -1) {
      push(rest.slice(open + start.length), true);
      break;
    }
    push(rest.slice(open + start.length, close), true);
    rest = rest.slice(close + end.length);
  }
  return parts;
}

/** The parts without the first `length` characters of their text (a title the text opens with, shown apart). */
export function withoutLeading(parts: SnippetPart[], length: number): SnippetPart[] {
  let skip = length;
  const kept: SnippetPart[] = [];
  for (const part of parts) {
    const text = part.text.slice(Math.min(skip, part.text.length));
    skip = Math.max(0, skip - part.text.length);
    if (text !== "") kept.push({ ...part, text });
  }
  return kept;
}
