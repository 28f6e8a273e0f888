import { MAX_CASES, MIN_CASES } from "@/lib/compare/compare-params";
import { caseName } from "@/lib/case/case-name";
import { compareNames } from "@/lib/slug";

type Choice = { slug: string; cityName: string; policyAreaName: string; focus: string | null; isSample: boolean };

/**
 * Choose the cases: a plain GET form, so it works without JavaScript; the page tidies the URL it sends. It
 * never submits itself on a choice (WCAG 3.2.2): the page changes when the Compare button is pressed.
 */
export function ComparePicker({ choices, selected, chosenTwice, problemId }: { choices: Choice[]; selected: string[]; /** The field holding a case chosen twice, or -1. */ chosenTwice?: number; problemId?: string }) {
  const slots = Array.from({ length: MAX_CASES }, (_, i) => selected[i] ?? "");
  // By name (city, policy area, focus), so that a case is found where its name puts it, not where its last edit did.
  const byName = choices.map((c) => ({ ...c, name: caseName(c) })).sort((a, b) => compareNames(a.name, b.name) || a.slug.localeCompare(b.slug));
  return (
    <form method="get" action="/compare" className="compare-picker rounded-lg border border-stone-300 bg-stone-50 p-4" aria-labelledby="picker-heading">
      <h2 id="picker-heading" className="text-lg">Choose 2 to {MAX_CASES} cases</h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {slots.map((slug, i) => (
          <div key={i} className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`case-${i + 1}`} className="text-sm font-medium">
              Case {i + 1}
              {i >= MIN_CASES ? " (optional)" : ""}
            </label>
            {/* Required: the browser says so before sending too few, with or without scripts. */}
            <select id={`case-${i + 1}`} name="cases" defaultValue={slug} required={i < MIN_CASES}
              aria-invalid={i === chosenTwice ? true : undefined} aria-describedby={i === chosenTwice ? problemId : undefined} className="w-full min-w-0 rounded border border-stone-500 bg-white px-2 py-1.5">
              <option value="">{i >= MIN_CASES ? "No case" : "Choose a case"}</option>
              {byName.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                  {c.isSample ? " (sample content)" : ""}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit" className="mt-4 rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900">
        Compare
      </button>
    </form>
  );
}
