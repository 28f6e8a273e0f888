"use client";

import { useFocusWhen } from "../use-focus-when";

/** What the server says of this browser's session just before a save, or that it could not be asked. */
export type SessionState = "signed-in" | "signed-out" | "unreachable";

/**
 * Whether this browser's session still holds, as the server judges it (signed out everywhere or deactivated
 * ends it too, not only an expired token). Offline, or with the server answering that it is unavailable (503),
 * a save would fail on the way and take the form with it: it is not sent.
 */
export async function sessionState(): Promise<SessionState> {
  try {
    const response = await fetch("/api/session", { cache: "no-store" });
    if (response.status === 503) return "unreachable";
    return !response.ok || ((await response.json()) as { signedIn?: unknown }).signedIn === true ? "signed-in" : "signed-out";
  } catch {
    return "unreachable";
  }
}

/** Takes focus when it appears (and at each refused save, `at`): the Save button pressed is far below it. */
export function SignedOutNotice({ at }: { at: number }) {
  const ref = useFocusWhen<HTMLDivElement>(at);
  return (
    <div ref={ref} tabIndex={-1} className="rounded border-4 border-red-700 bg-white p-4">
      <p className="font-semibold">You have been signed out, so nothing was saved.</p>
      <p>
        Your session ended, or an administrator changed your account (your role or cities). Your text is still here and
        kept in this browser. <a href="/sign-in" target="_blank" rel="noopener">Sign in again in a new tab</a>, then come back
        to this tab and save; if your account may no longer edit this case, the save says so, and your text stays here to copy.
      </p>
    </div>
  );
}

/** As SignedOutNotice: the knowledge bank could not be reached, so the save was not sent. */
export function UnreachableNotice({ at }: { at: number }) {
  const ref = useFocusWhen<HTMLDivElement>(at);
  return (
    <div ref={ref} tabIndex={-1} className="rounded border-4 border-red-700 bg-white p-4">
      <p className="font-semibold">The knowledge bank cannot be reached just now, so nothing was saved.</p>
      <p>The connection may be down, or the server unavailable. Your text is still here and kept in this browser: press Save again in a moment.</p>
    </div>
  );
}
