"use client";

import { useEffect } from "react";

/**
 * Removes a copy of unsaved edits this browser kept that is saved now (a new case, once created), and the tab's
 * name from the address, which has said what it had to. Shows nothing.
 */
export function ForgetKeptCopy({ storageKey }: { storageKey: string }) {
  useEffect(() => {
    localStorage.removeItem(storageKey);
    const address = new URL(window.location.href);
    address.searchParams.delete("kept");
    window.history.replaceState(null, "", address);
  }, [storageKey]);
  return null;
}
