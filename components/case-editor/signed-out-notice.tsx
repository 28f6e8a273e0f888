"use client";

/** Whether this browser still has a session (Auth.js answers null, or an empty object, without one). */
export async function isSessionAlive(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store" });
    const session = response.ok ? ((await response.json()) as Record<string, unknown> | null) : null;
    return !!session && Object.keys(session).length > 0;
  } catch {
    // Offline or the server is away: let the save try, and its own error say what happened.
    return true;
  }
}

export function SignedOutNotice() {
  return (
    <div className="rounded border-4 border-red-700 bg-white p-4">
      <p className="font-semibold">You have been signed out, so nothing was saved.</p>
      <p>
        Your text is still here and kept in this browser. <a href="/sign-in" target="_blank" rel="noopener">Sign in again in a new tab</a>,
        then come back to this tab and save.
      </p>
    </div>
  );
}
