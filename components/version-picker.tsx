/** A plain GET form choosing the two revisions to compare: the address is the whole state. */
export function VersionPicker({ versions, from, to }: { versions: number[]; from: number; to: number }) {
  const select = (name: "from" | "to", label: string, value: number) => (
    <div className="space-y-1">
      <label htmlFor={`compare-${name}`} className="block font-medium">{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={value} className="rounded border border-stone-500 px-3 py-2">
        {versions.map((v) => <option key={v} value={v}>Version {v}</option>)}
      </select>
    </div>
  );
  return (
    <form method="get" action="#changes" className="flex flex-wrap items-end gap-4">
      {select("from", "From", from)}
      {select("to", "To", to)}
      <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900">Compare</button>
    </form>
  );
}
