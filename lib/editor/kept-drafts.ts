import { z } from "zod";
import type { CaseDraft } from "./draft-form";

/**
 * A draft kept in this browser: what was typed, the note on what changed, the version it was typed on, and the
 * case's name then (for lists of kept edits).
 */
export type KeptDraft = { at: number; version?: number; draft: CaseDraft; message?: string; name?: string | null };

/** One person's unsaved edits of one case as this browser keeps them: the copies (one a tab), which case, and how to name it. */
export type KeptDraftSummary = { keys: string[]; caseId: number | "new"; label: string };

/**
 * Where a person's unsaved edits of a case are kept (localStorage). The key names the person, so whoever
 * signs in next on a shared computer is not offered them.
 */
export const keptDraftKey = (userId: number, caseId: number | "new") => `${keptDraftPrefix(userId)}${caseId}`;
const keptDraftPrefix = (userId: number) => `ekip:case:${userId}:`;

/**
 * Where one tab keeps its copy of a case's edits: each tab its own, so that a tab that saves, or discards its
 * edits, leaves another tab's unsaved ones. The case's key alone is a copy kept before tabs had their own.
 */
export const tabCopyKey = (caseKey: string, tab: string) => `${caseKey}#${tab}`;

/** A tab's name for its copy, as the editor makes it and as a form sends it back (the new case's, once created). */
export const keptTabSchema = z.string().regex(/^[a-z0-9]{1,16}$/);

/** Every copy of one case's unsaved edits this browser keeps, newest first. */
export function readKeptCopies(storage: Storage, caseKey: string): Array<{ key: string; kept: KeptDraft }> {
  return storageKeys(storage).filter((k) => k === caseKey || k.startsWith(`${caseKey}#`))
    .flatMap((key) => {
      const kept = readKeptDraft(storage, key);
      return kept ? [{ key, kept }] : [];
    })
    .sort((a, b) => b.kept.at - a.kept.at);
}

const storageKeys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);

export function readKeptDraft(storage: Storage, key: string): KeptDraft | null {
  try {
    const kept = JSON.parse(storage.getItem(key) ?? "null") as KeptDraft | null;
    return kept?.draft ? kept : null;
  } catch {
    return null;
  }
}

/** Every case whose unsaved edits this browser keeps for this person, named as its newest copy names it. */
export function listKeptDrafts(storage: Storage, userId: number): KeptDraftSummary[] {
  const prefix = keptDraftPrefix(userId);
  const ids = new Set(storageKeys(storage).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split("#")[0]!));
  return [...ids].flatMap((id) => {
    const caseId = id === "new" ? "new" : Number(id);
    const copies = readKeptCopies(storage, keptDraftKey(userId, caseId));
    const newest = copies[0]?.kept;
    if (!newest) return [];
    const name = newest.name || newest.draft.title;
    return [{ keys: copies.map((c) => c.key), caseId, label: caseId === "new" ? `A new case${name ? `: ${name}` : ""}` : (name || `Case ${caseId}`) }];
  });
}
