"use client";

import { useEffect } from "react";
import { fieldId } from "@/lib/editor/field-labels";

/**
 * After the form changed (a list entry added, moved or removed, or the server answered), puts focus where the
 * person needs it: the error summary, the conflict, or the entry that moved, so keyboard users keep their place.
 * An entry's group hands focus to its first field: a new entry is typed into at once (its group's legend is
 * still read out with the field's label).
 */
export function useFocusAfterChange(target: string | undefined, change: string) {
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target) ?? document.getElementById(fieldId(target));
    const first = element?.tagName === "FIELDSET" ? element.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select") : null;
    (first ?? element)?.focus();
    // Only when something changed, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [change]);
}
