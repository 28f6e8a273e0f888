"use client";

import { useContext } from "react";
import { ROLE_LABELS, ROLE_VALUES, type Role } from "@/lib/auth/roles";
import { FieldErrors, SentValues } from "./action-form";

const input = "rounded border border-stone-500 px-3 py-2 aria-invalid:border-2 aria-invalid:border-red-700";

/** This field's problems from the form's last answer (none outside an ActionForm), and what points to them. */
export function useFieldErrors(id: string, name: string) {
  const errors = useContext(FieldErrors)?.[name];
  const errorId = `${id}-error`;
  const message = errors?.length ? <p id={errorId} className="text-sm font-semibold text-red-800">{errors.join(". ")}</p> : null;
  return { message, invalid: message ? true : undefined, describedBy: message ? errorId : undefined };
}

/** Whose field this is, said to screen readers only ("Name of a@example.org"): a page of people has a "Name" for each. */
function Of({ whom }: { whom?: string }) {
  return whom ? <span className="sr-only"> of {whom}</span> : null;
}

export function TextField({ id, name, label, type = "text", autoComplete, defaultValue, of }: { id: string; name: string; label: string; type?: string; autoComplete?: string; defaultValue?: string; of?: string }) {
  const error = useFieldErrors(id, name);
  const sent = useContext(SentValues)?.[name]?.[0];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}<Of whom={of} /></label>
      {error.message}
      <input id={id} name={name} type={type} autoComplete={autoComplete} defaultValue={type === "password" ? undefined : (sent ?? defaultValue)} aria-invalid={error.invalid} aria-describedby={error.describedBy} className={input} />
    </div>
  );
}

/** Several lines of text, such as a description in Markdown; `hint` says what it is for. */
export function TextAreaField({ id, name, label, hint, defaultValue, rows = 8 }: { id: string; name: string; label: string; hint?: string; defaultValue?: string; rows?: number }) {
  const error = useFieldErrors(id, name);
  const sent = useContext(SentValues)?.[name]?.[0];
  const hintId = `${id}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint && <p id={hintId} className="text-sm text-stone-700">{hint}</p>}
      {error.message}
      <textarea id={id} name={name} rows={rows} defaultValue={sent ?? defaultValue} aria-invalid={error.invalid}
        aria-describedby={[hint ? hintId : "", error.describedBy ?? ""].join(" ").trim() || undefined} className={input} />
    </div>
  );
}

export function RoleField({ id, defaultValue, of }: { id: string; defaultValue?: Role; of?: string }) {
  const error = useFieldErrors(id, "role");
  const sent = useContext(SentValues)?.role?.[0] as Role | undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">Role<Of whom={of} /></label>
      {error.message}
      <select id={id} name="role" defaultValue={sent ?? defaultValue ?? "editor"} aria-invalid={error.invalid} aria-describedby={error.describedBy} className={input}>
        {ROLE_VALUES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
      </select>
    </div>
  );
}

/** The cities of a city editor (ignored for the other roles). */
export function CityField({ id, cities, selected = [], of }: { id: string; cities: Array<{ slug: string; name: string }>; selected?: string[]; of?: string }) {
  const error = useFieldErrors(id, "citySlugs");
  const sent = useContext(SentValues);
  // After a refusal, the cities then ticked (none sent: none ticked).
  const ticked = sent ? (sent.citySlugs ?? []) : selected;
  return (
    <fieldset id={id} aria-describedby={error.describedBy} className="rounded border border-stone-300 p-3">
      <legend className="px-1 font-medium">Cities (for a city editor)<Of whom={of} /></legend>
      {error.message}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {cities.map((c) => (
          <label key={c.slug} className="flex items-center gap-2">
            <input type="checkbox" name="citySlugs" value={c.slug} defaultChecked={ticked.includes(c.slug)} />
            {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
