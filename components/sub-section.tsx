import type { ReactNode } from "react";

/** A titled part inside a section (h3), or inside a sub-section (h4). */
export function SubSection({
  title,
  level = 3,
  children,
}: {
  title: ReactNode;
  level?: 3 | 4;
  children?: ReactNode;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div className="space-y-3">
      <Heading>{title}</Heading>
      {children}
    </div>
  );
}
