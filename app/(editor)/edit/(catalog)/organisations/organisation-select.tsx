import { countOf } from "@/lib/plain-text";

type Choice = { slug: string; name: string; caseCount: number };

/** One organisation of those listed, by name and how many cases link to it. */
export function OrganisationSelect({ id, name, label, organisations }: { id: string; name: string; label: string; organisations: Choice[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      <select id={id} name={name} defaultValue="" className="max-w-full rounded border border-stone-500 px-3 py-2">
        <option value="">Choose an organisation</option>
        {organisations.map((o) => (
          <option key={o.slug} value={o.slug}>{o.name} ({countOf(o.caseCount, "case")}; {o.slug})</option>
        ))}
      </select>
    </div>
  );
}
