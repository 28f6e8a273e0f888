import { BUTTON_CLASS, FIELD_CLASS } from "./search-form";
import { SearchHint } from "./search-hint";

type Option = { value: string; label: string; count: number };
type Choice = { name: string; label: string; any: string; options: Option[]; selected?: string };

/** The search of /recommendations: a plain GET form, so it works without JavaScript and gives a shareable address. */
export function RecommendationSearchForm({ q, choices }: { q?: string; choices: Choice[] }) {
  return (
    <form role="search" action="/recommendations" method="get" className="space-y-4 rounded-lg border border-stone-200 bg-stone-50 p-4 sm:p-5 print:hidden">
      <div className="max-w-[70ch] space-y-1">
        <label htmlFor="recommendation-q" className="block font-semibold">
          Words in the recommendation
        </label>
        <input id="recommendation-q" type="search" name="q" defaultValue={q} maxLength={200} aria-describedby="recommendation-q-hint" className={FIELD_CLASS} />
        <SearchHint id="recommendation-q-hint" />
      </div>
      {/* Folded on a phone (globals.css), unless something is chosen, so that the first results show on its first screen; sent folded too. */}
      <details open={choices.some((c) => c.selected !== undefined)} className="folded-on-phones">
        <summary className="cursor-pointer font-semibold">City, country or policy area</summary>
        <div className="mt-3 grid gap-4 sm:mt-0 sm:grid-cols-3">
          {choices.map((choice) => <ChoiceField key={choice.name} choice={choice} />)}
        </div>
      </details>
      <button type="submit" className={BUTTON_CLASS}>
        Show recommendations
      </button>
    </form>
  );
}

function ChoiceField({ choice }: { choice: Choice }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={`recommendation-${choice.name}`} className="block font-semibold">
        {choice.label}
      </label>
      <select id={`recommendation-${choice.name}`} name={choice.name} defaultValue={choice.selected ?? ""} className={FIELD_CLASS}>
        <option value="">{choice.any}</option>
        {choice.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}
