"use client";

import { useActionState } from "react";
import type { EditorChoices } from "@/db/case-editor";
import type { EditorState } from "@/lib/editor/editor-state";
import { CaseEditorForm } from "./case-editor";
import { NewCaseStart } from "./new-case-start";

type Action = (state: EditorState, form: FormData) => Promise<EditorState>;

/** A new case: first a document to import or a city and policy area to start from, then the editor. Nothing is stored before Save. */
export function NewCase({ action, choices, storageKey }: { action: Action; choices: EditorChoices; storageKey: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (!state.draft) return <NewCaseStart state={state} formAction={formAction} pending={pending} choices={choices} />;
  return <CaseEditorForm state={state} formAction={formAction} pending={pending} choices={choices} storageKey={storageKey} isNew />;
}
