"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { draftFromForm, type CaseDraft } from "@/lib/editor/draft-form";
import { readKeptDraft, type KeptDraft } from "@/lib/editor/kept-drafts";

/**
 * Keeps what is typed in this browser (localStorage), so a closed tab, a crash or an expired session loses
 * nothing; offers it back when the page opens again with something different from what the form shows.
 */
export function useKeptDraft(
  key: string, form: RefObject<HTMLFormElement | null>, version: number | undefined, savedVersion: number | undefined, nameOf: (draft: CaseDraft) => string | null,
) {
  const [offer, setOffer] = useState<KeptDraft | null>(null);
  // A copy waiting for typing to pause: its timer, and the write itself (run at once when the page goes away).
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<(() => void) | undefined>(undefined);
  const cancelPending = () => {
    clearTimeout(timer.current);
    pending.current = undefined;
  };

  useEffect(() => {
    const kept = readKeptDraft(localStorage, key);
    // Read the same way as the kept copy was (from the form), so that equal means equal.
    const shown = form.current ? draftFromForm(new FormData(form.current)) : null;
    // A note on what changed is offered back too: the form always opens without one.
    if (kept && (JSON.stringify(kept.draft) !== JSON.stringify(shown) || kept.message)) setOffer(kept);
    // Only when the page opens: later differences are the person's own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (!savedVersion) return;
    // A copy still waiting to be written would bring back what was just saved.
    cancelPending();
    localStorage.removeItem(key);
  }, [key, savedVersion]);

  // A copy waiting to be written is written at once when the page goes away (a reload, a closed tab, another app).
  useEffect(() => {
    const flush = () => pending.current?.();
    const onHidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, []);

  /** Keeps what the form holds: shortly after typing stops, or at once (before a save is sent). */
  const keep = useCallback((form: HTMLFormElement, { now = false } = {}) => {
    cancelPending();
    const write = () => {
      cancelPending();
      const data = new FormData(form);
      const draft = draftFromForm(data);
      const message = String(data.get("message") ?? "").trim();
      const kept: KeptDraft = { at: Date.now(), version, draft, ...(message ? { message } : {}), name: nameOf(draft) };
      try {
        localStorage.setItem(key, JSON.stringify(kept));
      } catch {
        // Storage full or disabled: the server copy is all there is.
      }
    };
    if (now) return write();
    pending.current = write;
    timer.current = setTimeout(write, 300);
  }, [key, version, nameOf]);

  const discard = useCallback(() => {
    cancelPending();
    localStorage.removeItem(key);
    setOffer(null);
  }, [key]);

  return { offer, keep, discard, dismiss: () => setOffer(null) };
}
