import type { ReactNode } from "react";

/**
 * A plain GET form that, with JavaScript, also submits itself once at least `minimum` of its select
 * boxes have a value (components/reader-script.tsx): choosing cases is enough, the button stays for everyone else.
 */
export function AutoSubmitForm({ action, minimum, className, labelledBy, children }: { action: string; minimum: number; className?: string; labelledBy: string; children: ReactNode }) {
  return (
    <form method="get" action={action} data-auto-submit={minimum} className={className} aria-labelledby={labelledBy}>
      {children}
    </form>
  );
}
