"use client";

import { useEffect } from "react";

/** Removes a copy of unsaved edits this browser kept that is saved now (a new case, once created). Shows nothing. */
export function ForgetKeptCopy({ storageKey }: { storageKey: string }) {
  useEffect(() => localStorage.removeItem(storageKey), [storageKey]);
  return null;
}
