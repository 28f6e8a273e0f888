"use client";

import { useEffect, useRef } from "react";

/**
 * A ref for a form that marks it `data-live` once React has committed it. A value set by a script before then (a
 * browser test's `fill`) can be undone by hydration, which resets the selection of a textarea not yet committed.
 */
export function useLiveForm() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.setAttribute("data-live", ""), []);
  return ref;
}
