import { searchHref, type SearchState } from "./href";
import { quotedWords } from "./search-words";

/** Something that narrows a search, with the address of the search without it. */
export type ActiveFilter = { title: string; label: string; removeHref: string };

type Choice = { name: string; label: string; options: Array<{ value: string; label: string }>; selected?: string };

/** The search words and each chosen value of a search form, with the address of the search without it. */
export function listActiveChoices(path: string, state: SearchState & { q?: string }, choices: Choice[]): ActiveFilter[] {
  const q = state.q?.trim();
  const active: ActiveFilter[] = q ? [{ title: "Search", label: quotedWords(q), removeHref: searchHref(path, state, { q: undefined }) }] : [];
  for (const choice of choices) {
    if (choice.selected === undefined) continue;
    const label = choice.options.find((o) => o.value === choice.selected)?.label ?? choice.selected;
    active.push({ title: choice.label, label, removeHref: searchHref(path, state, { [choice.name]: undefined }) });
  }
  return active;
}
