import { countOf } from "@/lib/plain-text";
import type { CaseDraft } from "./draft-form";

/**
 * Adding, removing and moving entries of the editor's lists. The same function runs in the browser (with
 * JavaScript) and in the server action (without), so both behave alike. An intent names a list by its path
 * in the case: "add:participants", "remove:inventory.3", "up:portfolio.challenges.1.items.2".
 */
export type ListIntent = { op: "add"; list: string } | { op: "remove" | "up" | "down"; list: string; index: number };

const LIST_PATHS = [
  "participants", "portfolio.stakeholders", "portfolio.challenges", "portfolio.opportunities", "inventory", "methods", "extraSections",
  "summary.conclusions", "summary.recommendations", "findings.conclusions", "findings.recommendations",
];
const isList = (path: string) => LIST_PATHS.includes(path) || /^portfolio\.(challenges|opportunities)\.\d+\.items$/.test(path);

export function parseListIntent(value: unknown): ListIntent | null {
  if (typeof value !== "string") return null;
  const add = /^add:([\w.]+)$/.exec(value);
  if (add && isList(add[1]!)) return { op: "add", list: add[1]! };
  const entry = /^(remove|up|down):([\w.]+)\.(\d+)$/.exec(value);
  if (entry && isList(entry[2]!)) return { op: entry[1] as "remove" | "up" | "down", list: entry[2]!, index: Number(entry[3]) };
  return null;
}

/** Conclusions and recommendations, of the summary or the closing section: numbered lists. */
const isFindings = (list: string) => list.endsWith("conclusions") || list.endsWith("recommendations");

function newEntry(list: string, entries: unknown[]): unknown {
  if (list.endsWith(".items")) return "";
  if (isFindings(list)) {
    const last = entries.at(-1) as { number?: number } | undefined;
    return { number: Number.isFinite(last?.number) ? last!.number! + 1 : entries.length + 1, title: "", body: "" };
  }
  const templates: Record<string, unknown> = {
    participants: { name: "", actor: null },
    "portfolio.stakeholders": { category: "organisation", name: "", actor: null },
    "portfolio.challenges": { heading: "", items: [""] },
    "portfolio.opportunities": { heading: "", items: [""] },
    inventory: { actor: { slug: "", name: "" }, areaOfExpertise: "", targetGroup: "", facets: [], innovationNote: null, isResource: false, rawText: "" },
    methods: { slug: "", name: "", description: "" },
    extraSections: { heading: "", body: "", after: "end" },
  };
  return structuredClone(templates[list]);
}

function entriesAt(draft: CaseDraft, path: string): unknown[] | null {
  let node: unknown = draft;
  for (const key of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return Array.isArray(node) ? node : null;
}

/** How many entries a list of the draft holds (0 for a path that is not one). */
export const entryCount = (draft: CaseDraft, list: string) => entriesAt(draft, list)?.length ?? 0;

/**
 * What a screen reader is told once a list changed, `noun` naming an entry as its buttons do ("participant").
 * Focus alone says where an entry went, not that one was removed.
 */
export function listChangeSaid(intent: ListIntent, noun: string, count: number): string {
  if (intent.op === "add") return `Added ${noun} ${count + 1}.`;
  const which = `${noun} ${intent.index + 1}`;
  if (intent.op === "remove") return `Removed ${which}; ${countOf(count - 1, noun)} left.`;
  const to = intent.op === "up" ? intent.index - 1 : intent.index + 1;
  if (to < 0 || to >= count) return `${which.charAt(0).toUpperCase()}${which.slice(1)} is already the ${intent.op === "up" ? "first" : "last"}.`;
  return `Moved ${which} ${intent.op}: it is now ${noun} ${to + 1}.`;
}

/** The changed draft, and the id of the control that should have focus next (so keyboard users stay in place). */
export function applyListIntent(draft: CaseDraft, intent: ListIntent): { draft: CaseDraft; focus: string } {
  const next = structuredClone(draft);
  const entries = entriesAt(next, intent.list);
  const id = (suffix: string) => `${intent.list}.${suffix}`;
  if (!entries) return { draft, focus: "" };
  if (intent.op === "add") {
    entries.push(newEntry(intent.list, entries));
    return { draft: next, focus: id(String(entries.length - 1)) };
  }
  const { index } = intent;
  if (index >= entries.length) return { draft, focus: "" };
  const numbers = numbersOf(intent.list, entries);
  if (intent.op === "remove") {
    entries.splice(index, 1);
    renumber(entries, numbers);
    return { draft: next, focus: entries.length ? id(String(Math.min(index, entries.length - 1))) : `add:${intent.list}` };
  }
  const to = intent.op === "up" ? index - 1 : index + 1;
  if (to < 0 || to >= entries.length) return { draft, focus: `${intent.op}:${id(String(index))}` };
  [entries[index], entries[to]] = [entries[to], entries[index]];
  renumber(entries, numbers);
  return { draft: next, focus: `${intent.op}:${id(String(to))}` };
}

/** A findings list's numbers, by position: they stay with the positions when entries move or go. */
function numbersOf(list: string, entries: unknown[]): number[] | null {
  return isFindings(list) ? entries.map((e) => (e as { number: number }).number) : null;
}

function renumber(entries: unknown[], numbers: number[] | null) {
  if (numbers) entries.forEach((e, i) => ((e as { number: number }).number = numbers[i]!));
}
