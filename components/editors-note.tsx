import { Markdown } from "./markdown";

/** ekip's own word on a case, above it, told apart from the city's document wherever the case is read or printed. */
export function EditorsNote({ note }: { note: string }) {
  if (!note.trim()) return null;
  return (
    <aside aria-labelledby="editors-note-title" className="callout max-w-[70ch] space-y-2 rounded-lg border-l-4 border-amber-700 bg-amber-50 px-5 py-4">
      <h2 id="editors-note-title" className="text-lg">Note from ekip’s editors</h2>
      <Markdown>{note}</Markdown>
    </aside>
  );
}
