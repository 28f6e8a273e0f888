"use client";

import type { ChangeEvent, ReactNode } from "react";

/**
 * A plain GET form that, with JavaScript, also submits itself once at least `minimum` of its select
 * boxes have a value: choosing cases is enough, the button stays for everyone else.
 */
export function AutoSubmitForm({ action, minimum, className, labelledBy, children }: { action: string; minimum: number; className?: string; labelledBy: string; children: ReactNode }) {
  const change = (event: ChangeEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const chosen = [...form.querySelectorAll("select")].filter((select) => select.value !== "").length;
    if (event.target instanceof HTMLSelectElement && chosen >= minimum) form.requestSubmit();
  };
  return (
    <form method="get" action={action} onChange={change} className={className} aria-labelledby={labelledBy}>
      {children}
    </form>
  );
}
