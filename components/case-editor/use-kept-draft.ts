"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { draftFromForm, type CaseDraft } from "@/lib/editor/draft-form";
import { readKeptCopies, tabCopyKey, type KeptDraft } from "@/lib/editor/kept-drafts";

/**
 * Keeps what is typed in this browser (localStorage), so a closed tab, a crash or an expired session loses
 * nothing; offers it back when the page opens again with something different from what the form shows. Each
 * page keeps its own copy (`tabCopyKey`): two tabs on one case, one saved, the other closed, lose nothing.
 */
export function useKeptDraft(
  key: string, form: RefObject<HTMLFormElement | null>, version: number | undefined, savedVersion: number | undefined, nameOf: (draft: CaseDraft) => string | null,
) {
  const [tab] = useState(() => Math.random().toString(36).slice(2, 10));
  const own = tabCopyKey(key, tab);
  const [offer, setOffer] = useState<{ key: string; kept: KeptDraft } | null>(null);
  const [openedOn] = useState(version ?? 0);
  // A copy waiting for typing to pause: its timer, and the write itself (run at once when the page goes away).
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<(() => void) | undefined>(undefined);
  const cancelPending = () => {
    clearTimeout(timer.current);
    pending.current = undefined;
  };

  // Held while this page lives, named as its copy: another tab leaves a copy alone while its own tab is open.
  useEffect(() => {
    if (!navigator.locks) return;
    let release = () => {};
    const open = new Promise<void>((resolve) => (release = resolve));
    void navigator.locks.request(own, () => open);
    return release;
  }, [own]);

  useEffect(() => {
    // Read the same way as the kept copies were (from the form), so that equal means equal.
    const shown = JSON.stringify(form.current ? draftFromForm(new FormData(form.current)) : null);
    // A note on what changed is offered back too: the form always opens without one.
    const holdsMore = ({ kept }: { kept: KeptDraft }) => JSON.stringify(kept.draft) !== shown || !!kept.message;
    void closedTabsCopies(key).then((copies) => {
      // A copy of what the form shows has nothing to give back.
      for (const copy of copies.filter((c) => !holdsMore(c))) localStorage.removeItem(copy.key);
      // The newest first; another is offered when the page opens next.
      const newest = copies.find(holdsMore);
      if (newest) setOffer(newest);
    });
    // Only when the page opens: later differences are the person's own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (!savedVersion) return;
    // A copy still waiting to be written would bring back what was just saved; another tab's copy is its own.
    cancelPending();
    localStorage.removeItem(own);
    // A copy offered and not taken goes with the save, as do copies of versions before the one this page opened on,
    // unless their tab is open: kept, they would be offered at every visit.
    const offered = offer?.key;
    void closedTabsCopies(key).then((copies) => {
      for (const copy of copies) if (copy.key === offered || (copy.kept.version ?? 0) < openedOn) localStorage.removeItem(copy.key);
    });
    setOffer(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [own, savedVersion]);

  // A copy waiting to be written is written at once when the page goes away (a reload, a closed tab, another app),
  // or the editor does (a city editor's case leaving draft): the notice shown in its place reads it at once.
  useEffect(() => {
    const flush = () => pending.current?.();
    const onHidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
      flush();
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
        localStorage.setItem(own, JSON.stringify(kept));
      } catch {
        // Storage full or disabled: the server copy is all there is.
      }
    };
    if (now) return write();
    pending.current = write;
    timer.current = setTimeout(write, 300);
  }, [own, version, nameOf]);

  const discard = useCallback(() => {
    cancelPending();
    localStorage.removeItem(own);
    if (offer) localStorage.removeItem(offer.key);
    setOffer(null);
  }, [own, offer]);

  /** The copy offered is back in this page's form: it is this page's own copy now, until the next keep writes it again. */
  const adopt = useCallback(() => {
    if (!offer) return;
    try {
      // Under this page's own name (another page's, or one before it: a page's name is new each time it opens).
      localStorage.setItem(own, JSON.stringify(offer.kept));
      localStorage.removeItem(offer.key);
    } catch {
      // Storage full or disabled: the offered copy stays where it was.
    }
    setOffer(null);
  }, [own, offer]);

  return { offer: offer?.kept ?? null, keep, discard, adopt, tab };
}

/** The case's kept copies whose tab is closed (none holds the lock named after it): the others are their tabs' own. */
async function closedTabsCopies(key: string) {
  const open = new Set(navigator.locks ? ((await navigator.locks.query()).held ?? []).map((lock) => lock.name) : []);
  return readKeptCopies(localStorage, key).filter((copy) => !open.has(copy.key));
}
