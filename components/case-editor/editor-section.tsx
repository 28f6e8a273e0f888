import type { ReactNode } from "react";

/** One part of the case in the editor, with a heading the table of contents links to. */
export function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="space-y-4 border-t border-stone-300 pt-6">
      <h2 id={`${id}-title`} className="text-xl">{title}</h2>
      {children}
    </section>
  );
}
