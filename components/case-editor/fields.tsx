"use client";

import type { ReactNode } from "react";
import { useField } from "./editor-context";

const control = "w-full rounded border border-stone-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

function FieldShell({ id, label, hint, error, errorId, children }: { id: string; label: string; hint?: string; error?: string[]; errorId?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-stone-700">{hint}</p> : null}
      {error?.length ? <p id={errorId} className="text-sm font-semibold text-red-800"><span className="sr-only">Error: </span>{error.join(". ")}</p> : null}
      {children}
    </div>
  );
}

type FieldProps = { name: string; label: string; hint?: string; defaultValue?: string | number | null };

function describedBy(id: string, hint?: string, errorId?: string) {
  return [hint ? `${id}-hint` : "", errorId ?? ""].filter(Boolean).join(" ") || undefined;
}

export function TextField({ name, label, hint, defaultValue, type = "text", list }: FieldProps & { type?: "text" | "date" | "number"; list?: string }) {
  const { id, error, errorId, autoFocus } = useField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorId={errorId}>
      <input id={id} name={name} type={type} list={list} dir="auto" defaultValue={defaultValue ?? ""} autoFocus={autoFocus} className={control}
        aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(id, hint, errorId)} />
    </FieldShell>
  );
}

/** Longer text; Markdown is allowed and is shown sanitised on the public pages. */
export function TextArea({ name, label, hint = "Markdown allowed: **bold**, *italic*, [links](https://…), lists.", defaultValue, rows = 5 }: FieldProps & { rows?: number }) {
  const { id, error, errorId, autoFocus } = useField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorId={errorId}>
      <textarea id={id} name={name} rows={rows} dir="auto" defaultValue={defaultValue ?? ""} autoFocus={autoFocus} className={control}
        aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(id, hint, errorId)} />
    </FieldShell>
  );
}

export function SelectField({ name, label, hint, defaultValue, options }: FieldProps & { options: Array<{ value: string; label: string }> }) {
  const { id, error, errorId, autoFocus } = useField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} errorId={errorId}>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} autoFocus={autoFocus} className={control}
        aria-invalid={error?.length ? true : undefined} aria-describedby={describedBy(id, hint, errorId)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number | null | undefined }) {
  return <input type="hidden" name={name} value={value ?? ""} />;
}

/** A link (an organisation's or method's slug) with the name it was made for: read back only while that name is unchanged (draftFromForm). */
export function KeptLink({ name, value, madeFor }: { name: string; value: string | null; madeFor: string }) {
  return (
    <>
      <Hidden name={name} value={value} />
      <Hidden name={`${name}For`} value={madeFor} />
    </>
  );
}
