"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** Auth.js renews the session cookie when asked for the session: at most this often, while someone works. */
const RENEW_AFTER_MS = 5 * 60_000;
/** How long before the session would end for lack of requests the person is warned, with a way to keep it. */
export const WARN_BEFORE_MS = 10 * 60_000;

/**
 * Keeps a signed-in person's session while they work on a page that sends nothing (typing a long section), and
 * warns them before it ends for lack of requests, with a button that keeps it (WCAG 2.2.1, timing adjustable).
 * Asking Auth.js for the session (`/api/auth/session`) renews its cookie for another `idleSeconds`.
 */
export function SessionKeeper({ idleSeconds }: { idleSeconds: number }) {
  const renewedAt = useRef(Date.now());
  const banner = useRef<HTMLDivElement>(null);
  const [warning, setWarning] = useState(false);

  const renew = useCallback(() => {
    renewedAt.current = Date.now();
    setWarning(false);
    void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
  }, []);

  useEffect(() => {
    const onActivity = (event: Event) => {
      // Within the warning, its own button answers: the banner must not vanish under the pointer.
      if (event.target instanceof Node && banner.current?.contains(event.target)) return;
      if (Date.now() - renewedAt.current > RENEW_AFTER_MS) renew();
    };
    const events = ["keydown", "input", "pointerdown"] as const;
    for (const event of events) window.addEventListener(event, onActivity, { capture: true, passive: true });
    // Checked every half minute rather than by one long timer: a computer put to sleep comes back to the right answer.
    const timer = window.setInterval(() => {
      if (Date.now() - renewedAt.current > idleSeconds * 1000 - WARN_BEFORE_MS) setWarning(true);
    }, 30_000);
    return () => {
      for (const event of events) window.removeEventListener(event, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleSeconds, renew]);

  if (!warning) return null;
  return (
    <div ref={banner} role="alert" className="fixed inset-x-0 top-0 z-50 border-b-4 border-amber-600 bg-amber-50 p-4 print:hidden">
      <p className="mx-auto max-w-5xl">
        Nothing has been sent for a while, so you will be signed out within {WARN_BEFORE_MS / 60_000} minutes. Any key or
        click keeps you signed in, and what you type stays in this browser either way.{" "}
        <button type="button" onClick={renew} className="rounded bg-teal-800 px-3 py-1 font-semibold text-white">Stay signed in</button>
      </p>
    </div>
  );
}
