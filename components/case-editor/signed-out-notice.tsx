"use client";

import { useFocusWhen } from "../use-focus-when";

/**
 * Whether this browser's session still holds, as the server judges it (signed out everywhere or deactivated
 * ends it too, not only an expired token). When the server cannot say, the save goes ahead and its answer tells.
 */
export async function isSessionAlive(): Promise<boolean> {
  try {
    const response = await fetch("/api/session", { cache: "no-store" });
    return !response.ok || ((await response.json()) as { signedIn?: unknown }).signedIn === true;
  } catch {
    // Offline or the server is away: let the save try, and its own error say what happened.
    return true;
  }
}

/** Takes focus when it appears (and at each refused save, `at`): the Save button pressed is far below it. */
export function SignedOutNotice({ at }: { at: number }) {
  const ref = useFocusWhen<HTMLDivElement>(at);
  return (
    <div ref={ref} tabIndex={-1} className="rounded border-4 border-red-700 bg-white p-4">
      <p className="font-semibold">You have been signed out, so nothing was saved.</p>
      <p>
        Your text is still here and kept in this browser. <a href="/sign-in" target="_blank" rel="noopener">Sign in again in a new tab</a>,
        then come back to this tab and save.
      </p>
    </div>
  );
}
