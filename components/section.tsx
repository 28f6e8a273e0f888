import type { ReactNode } from "react";

/** A top-level part of a page: a region named by its h2, reachable as `#id` from the contents. */
export function Section({ id, title, isScreenOnly = false, children }: { id: string; title: string; isScreenOnly?: boolean; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={isScreenOnly ? "space-y-5 print:hidden" : "space-y-5"}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
