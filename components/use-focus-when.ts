"use client";

import { useEffect, useRef } from "react";

/**
 * A ref whose element takes focus each time `when` becomes something new and truthy: an answer, a warning
 * or a notice that appears where the button pressed is now disabled or gone (focus would fall to the page).
 */
export function useFocusWhen<T extends HTMLElement>(when: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
