"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * What an action that led to this page did ("Draft created as version 1."): focus is put on it, since the page it was
 * asked from is gone and a status already on the page when it loads is not announced.
 */
export function ArrivalMessage({ children }: { children: ReactNode }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.focus(), []);
  return <p ref={message} role="status" tabIndex={-1} className="rounded border-l-4 border-teal-700 bg-teal-50 p-3">{children}</p>;
}
