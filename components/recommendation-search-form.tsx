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
      <div className="grid gap-4 sm:grid-cols-3">
        {choices.map((choice) => (
          <div key={choice.name} className="min-w-0 space-y-1">
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
        ))}
      </div>
      <button type="submit" className={BUTTON_CLASS}>
        Show recommendations
      </button>
    </form>
  );
}
