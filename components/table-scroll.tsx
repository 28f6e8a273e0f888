import type { ReactNode } from "react";

type Props = { children: ReactNode; className?: string } & ({ labelledBy: string; label?: never } | { label: string; labelledBy?: never });

/**
 * A wide table scrolls inside its own box on a narrow screen, not the page: a region that the keyboard can
 * reach and scroll, named by the table's caption or heading (or, for a table without one, by `label`).
 * `relative` keeps screen-reader-only text in the cells (positioned absolutely) inside the box. A caption given
 * `table-scroll-caption` keeps to the box's width (a container) and stays in view while the table scrolls.
 */
export function TableScroll({ labelledBy, label, className = "", children }: Props) {
  return (
    <div className={`table-scroll relative overflow-x-auto [container-type:inline-size] ${className}`.trim()} role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
