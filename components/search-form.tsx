import { SearchHint } from "./search-hint";

export const BUTTON_CLASS =
  "rounded-md border border-teal-800 bg-teal-800 px-4 py-2 font-semibold text-white hover:bg-teal-900 focus-visible:bg-teal-900";
export const FIELD_CLASS = "w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-stone-950";

/**
 * A plain GET form: it works without JavaScript and its result is an address that can be shared.
 * `keep` carries the other parameters of the current search (its filters) into the new one; `withHint` says how
 * the words are read, for the full-text searches.
 */
export function SearchForm({
  action,
  label,
  q,
  keep = {},
  id = "search",
  withHint = false,
}: {
  action: string;
  label: string;
  q?: string;
  keep?: Record<string, string>;
  id?: string;
  withHint?: boolean;
}) {
  const hintId = `${id}-hint`;
  return (
    <form role="search" action={action} method="get" className="max-w-[70ch] space-y-2 print:hidden">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input id={id} type="search" name="q" defaultValue={q} maxLength={200} aria-describedby={withHint ? hintId : undefined} className={`${FIELD_CLASS} min-w-0 flex-1 basis-48`} />
        <SendSearch keep={keep} />
      </div>
      {withHint && <SearchHint id={hintId} />}
    </form>
  );
}

/** The Search button, with the other parameters of the current search that the new one keeps (its filters). */
export function SendSearch({ keep }: { keep: Record<string, string> }) {
  return (
    <>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={BUTTON_CLASS}>
        Search
      </button>
    </>
  );
}
