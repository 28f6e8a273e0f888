"use client";

import { createContext, useContext } from "react";
import { fieldId } from "@/lib/editor/field-labels";

type Editor = { errors: Record<string, string[] | undefined>; focus?: string };

export const EditorContext = createContext<Editor>({ errors: {} });

/** A field's id, its error and whether it should take focus (after a list changed or on an error). */
export function useField(name: string) {
  const { errors, focus } = useContext(EditorContext);
  const id = fieldId(name);
  const error = errors[name];
  return { id, error, errorId: error?.length ? `${id}-error` : undefined, autoFocus: focus === name };
}
