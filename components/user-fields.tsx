import { ROLE_LABELS, ROLE_VALUES, type Role } from "@/lib/auth/roles";

const input = "rounded border border-stone-500 px-3 py-2";

export function TextField({ id, name, label, type = "text", autoComplete, defaultValue }: { id: string; name: string; label: string; type?: string; autoComplete?: string; defaultValue?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      <input id={id} name={name} type={type} autoComplete={autoComplete} defaultValue={defaultValue} className={input} />
    </div>
  );
}

export function RoleField({ id, defaultValue }: { id: string; defaultValue?: Role }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">Role</label>
      <select id={id} name="role" defaultValue={defaultValue ?? "editor"} className={input}>
        {ROLE_VALUES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
      </select>
    </div>
  );
}

/** The cities of a city editor (ignored for the other roles). */
export function CityField({ id, cities, selected = [] }: { id: string; cities: Array<{ slug: string; name: string }>; selected?: string[] }) {
  return (
    <fieldset id={id} className="rounded border border-stone-300 p-3">
      <legend className="px-1 font-medium">Cities (for a city editor)</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {cities.map((c) => (
          <label key={c.slug} className="flex items-center gap-2">
            <input type="checkbox" name="citySlugs" value={c.slug} defaultChecked={selected.includes(c.slug)} />
            {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
