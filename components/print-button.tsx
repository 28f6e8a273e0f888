"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** Opens the browser's print dialog. Shown only once scripts run: without them it could do nothing. */
export function PrintButton() {
  const canPrint = useSyncExternalStore(subscribe, () => true, () => false);
  if (!canPrint) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-teal-800 bg-teal-800 px-4 py-1.5 font-semibold text-white hover:bg-teal-900"
    >
      Print
    </button>
  );
}
