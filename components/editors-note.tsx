import { EDITORS_NOTE_LABEL } from "@/lib/case/editors-note-quote";
import { Markdown } from "./markdown";

/**
 * ekip's own word on a case, above it, told apart from the city's document wherever the case is read or printed.
 * `level`: its heading's, 3 inside a section of its own (the editor's).
 */
export function EditorsNote({ note, level = 2 }: { note: string; level?: 2 | 3 }) {
  if (!note.trim()) return null;
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <aside aria-labelledby="editors-note-title" className="callout max-w-[70ch] space-y-2 rounded-lg border-l-4 border-amber-700 bg-amber-50 px-5 py-4">
      <Heading id="editors-note-title" className="text-lg">{EDITORS_NOTE_LABEL}</Heading>
      <Markdown>{note}</Markdown>
    </aside>
  );
}
