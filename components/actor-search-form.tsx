import { FIELD_CLASS, SendSearch } from "./search-form";
import { NameSearchHint } from "./search-hint";

type City = { slug: string; name: string };

/**
 * The search of /actors: words of a name and a city, in a plain GET form, so that it works without JavaScript and
 * gives a shareable address; `keep` carries the facet chosen by its links into the new search.
 */
export function ActorSearchForm({ q, city, cities, keep }: { q?: string; city?: string; cities: City[]; keep: Record<string, string> }) {
  return (
    <form role="search" action="/actors" method="get" className="max-w-[70ch] space-y-3 print:hidden">
      <div className="space-y-1">
        <label htmlFor="actor-name" className="block font-semibold">
          Find an actor by name
        </label>
        <input id="actor-name" type="search" name="q" defaultValue={q} maxLength={200} aria-describedby="actor-name-hint" className={FIELD_CLASS} />
        <NameSearchHint id="actor-name-hint" />
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-48 space-y-1">
          <label htmlFor="actor-city" className="block font-semibold">
            City whose inventories name it
          </label>
          <select id="actor-city" name="city" defaultValue={city ?? ""} className={FIELD_CLASS}>
            <option value="">Any city</option>
            {cities.map((c) => (
              <option key={c.slug} value={c.slug}>{c.name}</option>
            ))}
            {/* A city of the address with no published inventory (an old link): kept, so that a new search keeps it. */}
            {city && !cities.some((c) => c.slug === city) ? <option value={city}>{city} (no published inventory)</option> : null}
          </select>
        </div>
        <SendSearch keep={keep} />
      </div>
    </form>
  );
}
