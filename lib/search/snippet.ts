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

/** The parts split after the first `length` characters of their text (a title the text opens with, shown apart), marks kept on both sides. */
export function splitLeading(parts: SnippetPart[], length: number): [SnippetPart[], SnippetPart[]] {
  let left = length;
  const leading: SnippetPart[] = [];
  const rest: SnippetPart[] = [];
  for (const part of parts) {
    const cut = Math.min(left, part.text.length);
    left -= cut;
    if (cut > 0) leading.push({ ...part, text: part.text.slice(0, cut) });
    if (cut < part.text.length) rest.push({ ...part, text: part.text.slice(cut) });
  }
  return [leading, rest];
}
