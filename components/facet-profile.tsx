import { FACETS, FACET_LABELS, type Facet } from "@/lib/case/schema";
import { formatNumber } from "@/lib/plain-text";

/**
 * How often each OPSI facet is given to the actors of an inventory: bars for the eye, drawn with
 * borders so that they print, and the same numbers in a table for everyone (screen readers read
 * the table; the bars repeat it and are hidden from them).
 */
export function FacetProfile({ profile, caption }: { profile: Record<Facet, number>; caption: string }) {
  const largest = Math.max(1, ...FACETS.map((f) => profile[f]));
  return (
    <figure className="max-w-[70ch] space-y-5 print:break-inside-avoid">
      <figcaption className="font-semibold">{caption}</figcaption>
      <div aria-hidden="true" className="space-y-3">
        {FACETS.map((facet) => (
          <div key={facet} className="grid grid-cols-[minmax(0,9rem)_minmax(0,1fr)] items-center gap-3 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
            <span>{FACET_LABELS[facet]}</span>
            <span className="flex items-center gap-2">
              {profile[facet] > 0 && (
                <span
                  className="bar block h-0 border-y-[0.6rem] border-teal-700"
                  style={{ width: `${(profile[facet] / largest) * 85}%` }}
                />
              )}
              <span className="tabular-nums">{formatNumber(profile[facet])}</span>
            </span>
          </div>
        ))}
      </div>
      <table className="w-full border-collapse text-left text-sm print:hidden">
        <thead className="border-b border-stone-300">
          <tr>
            <th scope="col" className="py-1.5 pr-4 pl-2 font-semibold">OPSI facet</th>
            <th scope="col" className="py-1.5 pr-2 pl-4 text-right font-semibold">Inventory entries</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {FACETS.map((facet) => (
            <tr key={facet}>
              <th scope="row" className="py-1.5 pr-4 pl-2 font-normal">{FACET_LABELS[facet]}</th>
              <td className="py-1.5 pr-2 pl-4 text-right tabular-nums">{formatNumber(profile[facet])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
