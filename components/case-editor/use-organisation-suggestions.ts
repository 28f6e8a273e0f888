"use client";

import { useCallback, useRef, useState } from "react";

export const ORGANISATION_LIST = "editor-organisations";
const WAIT_MS = 200;

/**
 * The names the actor fields suggest: first the organisations this case already names, then, as someone types
 * two letters or more into such a field, the organisations whose name contains them (asked of the server: there
 * can be tens of thousands). Without JavaScript only the first; a new or exact name is matched on save anyway.
 */
export function useOrganisationSuggestions(named: string[]) {
  const [names, setNames] = useState(() => [...new Set(named.filter(Boolean))]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(0);

  const onInput = useCallback((target: EventTarget) => {
    if (!(target instanceof HTMLInputElement) || target.getAttribute("list") !== ORGANISATION_LIST) return;
    clearTimeout(timer.current);
    const text = target.value.trim();
    if (text.length < 2) return;
    timer.current = setTimeout(async () => {
      const asked = ++latest.current;
      const response = await fetch(`/edit/organisations/suggestions?${new URLSearchParams({ q: text })}`).catch(() => null);
      const body = response?.ok ? ((await response.json()) as { organisations: Array<{ name: string }> }) : null;
      // An answer to an earlier question that comes late must not replace the answer to the last one.
      if (body && asked === latest.current) setNames(body.organisations.map((o) => o.name));
    }, WAIT_MS);
  }, []);

  return { names, onInput };
}
