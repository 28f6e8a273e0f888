"use client";

import { createContext, use, useEffect, useState, type ReactNode } from "react";

type UnsavedEdits = { unsaved: boolean; setUnsaved: (unsaved: boolean) => void };

const UnsavedEditsContext = createContext<UnsavedEdits>({ unsaved: false, setUnsaved: () => {} });

const LEAVE_QUESTION = "You have edits that are not saved. This browser keeps them and offers them again when you open the case. Leave this page?";

/** Shared by the case editor and the status form beside it: a status change applies to the saved version, not to what is typed. */
export function UnsavedEditsProvider({ children }: { children: ReactNode }) {
  const [unsaved, setUnsaved] = useState(false);
  useLeaveWarning(unsaved);
  return <UnsavedEditsContext value={{ unsaved, setUnsaved }}>{children}</UnsavedEditsContext>;
}

export const useUnsavedEdits = () => use(UnsavedEditsContext);

/**
 * While edits are unsaved the page asks before it is left: the browser's own question on closing, reloading or
 * going to another site, and LEAVE_QUESTION for a link followed within the knowledge bank (which the app follows
 * itself, without unloading the page). Links within the page (the error summary's) are not leaving it.
 */
function useLeaveWarning(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    let confirmed = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!confirmed) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const to = new URL(link.href);
      if (to.origin !== window.location.origin || to.pathname === window.location.pathname) return;
      confirmed = window.confirm(LEAVE_QUESTION);
      if (!confirmed) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [unsaved]);
}
