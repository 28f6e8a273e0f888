import type { ReactNode } from "react";

/**
 * One part of the case in the editor, with a heading the table of contents and the checks link to. Focusable, so
 * that following such a link moves focus there too: the next Tab goes on from it, not from the link.
 */
export function EditorSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} tabIndex={-1} aria-labelledby={`${id}-title`} className="space-y-4 border-t border-stone-300 pt-6 focus:outline-none">
      <h2 id={`${id}-title`} className="text-xl">{title}</h2>
      {children}
    </section>
  );
}
