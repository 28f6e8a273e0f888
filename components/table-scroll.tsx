import type { ReactNode } from "react";

/**
 * A wide table scrolls inside its own box on a narrow screen, not the page: a region that the keyboard can
 * reach and scroll, named by the table's caption or heading. `relative` keeps screen-reader-only text in
 * the cells (positioned absolutely) inside the box.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll relative overflow-x-auto" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
