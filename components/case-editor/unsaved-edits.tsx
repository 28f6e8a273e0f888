"use client";

import { createContext, use, useState, type ReactNode } from "react";

type UnsavedEdits = { unsaved: boolean; setUnsaved: (unsaved: boolean) => void };

const UnsavedEditsContext = createContext<UnsavedEdits>({ unsaved: false, setUnsaved: () => {} });

/** Shared by the case editor and the status form beside it: a status change applies to the saved version, not to what is typed. */
export function UnsavedEditsProvider({ children }: { children: ReactNode }) {
  const [unsaved, setUnsaved] = useState(false);
  return <UnsavedEditsContext value={{ unsaved, setUnsaved }}>{children}</UnsavedEditsContext>;
}

export const useUnsavedEdits = () => use(UnsavedEditsContext);
