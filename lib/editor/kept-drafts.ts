import type { CaseDraft } from "./draft-form";

/**
 * A draft kept in this browser: what was typed, the note on what changed, the version it was typed on, and the
 * case's name then (for lists of kept edits).
 */
export type KeptDraft = { at: number; version?: number; draft: CaseDraft; message?: string; name?: string | null };

/** One person's unsaved edits of one case as this browser keeps them: which case, and how to name it. */
export type KeptDraftSummary = { key: string; caseId: number | "new"; label: string };

/**
 * Where a person's unsaved edits of a case are kept (localStorage). The key names the person, so whoever
 * signs in next on a shared computer is not offered them.
 */
export const keptDraftKey = (userId: number, caseId: number | "new") => `${keptDraftPrefix(userId)}${caseId}`;
const keptDraftPrefix = (userId: number) => `ekip:case:${userId}:`;

export function readKeptDraft(storage: Storage, key: string): KeptDraft | null {
  try {
    const kept = JSON.parse(storage.getItem(key) ?? "null") as KeptDraft | null;
    return kept?.draft ? kept : null;
  } catch {
    return null;
  }
}

/** Every case whose unsaved edits this browser keeps for this person. */
export function listKeptDrafts(storage: Storage, userId: number): KeptDraftSummary[] {
  const prefix = keptDraftPrefix(userId);
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(prefix) ?? false);
  return keys.flatMap((key) => {
    const kept = readKeptDraft(storage, key);
    const id = key.slice(prefix.length);
    if (!kept) return [];
    const caseId = id === "new" ? "new" : Number(id);
    const name = kept.name || kept.draft.title;
    return [{ key, caseId, label: caseId === "new" ? `A new case${name ? `: ${name}` : ""}` : (name || `Case ${caseId}`) }];
  });
}
