import { describe, expect, it } from "vitest";
import { keptDraftKey, listKeptDrafts, readKeptCopies, readKeptDraft, tabCopyKey } from "@/lib/editor/kept-drafts";
import { DELIVERED_CASE } from "../support/fixtures";
import { parseFile } from "../support/cases";

/** localStorage's interface over a Map: the browser's own is tested in the editing browser tests. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, value); }
  removeItem(key: string) { this.items.delete(key); }
  clear() { this.items.clear(); }
}

const draft = parseFile(DELIVERED_CASE);

describe("the edits a browser keeps for each person", () => {
  it("are listed for their person only, by their case's name: never another's, never an unreadable copy", () => {
    const storage = new MemoryStorage();
    storage.setItem(keptDraftKey(7, 12), JSON.stringify({ at: 1, version: 3, draft, name: "Saint-Etienne: Artificial Intelligence" }));
    // Kept before drafts carried their case's name.
    storage.setItem(keptDraftKey(7, 14), JSON.stringify({ at: 1, version: 3, draft: { ...draft, title: null } }));
    storage.setItem(keptDraftKey(7, "new"), JSON.stringify({ at: 2, draft: { ...draft, title: null } }));
    storage.setItem(keptDraftKey(71, 12), JSON.stringify({ at: 3, draft }));
    storage.setItem(keptDraftKey(7, 13), "{not json");
    storage.setItem("ekip:case:12", JSON.stringify({ at: 4, draft }));
    storage.setItem("unrelated", "1");

    expect(listKeptDrafts(storage, 7).sort((a, b) => String(a.caseId).localeCompare(String(b.caseId)))).toEqual([
      { keys: [keptDraftKey(7, 12)], caseId: 12, label: "Saint-Etienne: Artificial Intelligence" },
      { keys: [keptDraftKey(7, 14)], caseId: 14, label: "Case 14" },
      { keys: [keptDraftKey(7, "new")], caseId: "new", label: "A new case" },
    ]);
    expect(listKeptDrafts(storage, 71).map((d) => d.caseId)).toEqual([12]);
    expect(listKeptDrafts(storage, 8)).toEqual([]);
    expect(readKeptDraft(storage, keptDraftKey(7, 13))).toBeNull();
    expect(readKeptDraft(storage, keptDraftKey(7, 12))?.version).toBe(3);
  });

  it("keep a copy a tab, listed once a case under its newest copy's name, every copy to remove", () => {
    const storage = new MemoryStorage();
    const key = keptDraftKey(7, 1);
    storage.setItem(tabCopyKey(key, "a"), JSON.stringify({ at: 5, draft, name: "Tab A's name" }));
    storage.setItem(tabCopyKey(key, "b"), JSON.stringify({ at: 9, draft, name: "Tab B's name" }));
    storage.setItem(key, JSON.stringify({ at: 1, draft, name: "Kept before tabs had their own" }));
    // Case 12's copies are not case 1's, though its key starts with case 1's.
    storage.setItem(tabCopyKey(keptDraftKey(7, 12), "c"), JSON.stringify({ at: 3, draft, name: "Case 12" }));
    expect(readKeptCopies(storage, key).map((c) => c.key)).toEqual([tabCopyKey(key, "b"), tabCopyKey(key, "a"), key]);
    expect(listKeptDrafts(storage, 7).sort((a, b) => String(a.caseId).localeCompare(String(b.caseId)))).toEqual([
      { keys: [tabCopyKey(key, "b"), tabCopyKey(key, "a"), key], caseId: 1, label: "Tab B's name" },
      { keys: [tabCopyKey(keptDraftKey(7, 12), "c")], caseId: 12, label: "Case 12" },
    ]);
  });
});
