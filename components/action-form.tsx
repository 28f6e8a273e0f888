"use client";

import { createContext, startTransition, useActionState, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useFocusWhen } from "./use-focus-when";

/** `values`: what a refused form sent (lib/sent-values.ts), shown again in its fields. */
export type ActionState = { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined>; values?: Record<string, string[]> };
type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Said by a form as it is sent, to the other forms of the page (with JavaScript: without it, the page is new). */
const SENT_EVENT = "ekip:action-form-sent";

/**
 * Whether another form of the same page was sent after this one: its "Account created" is not left beside the
 * "Account deactivated" of the next person's form. Problems stay until fixed.
 */
function useOvertaken(id: string): boolean {
  const [lastSent, setLastSent] = useState<string | null>(null);
  useEffect(() => {
    const onSent = (event: Event) => setLastSent((event as CustomEvent<string>).detail);
    window.addEventListener(SENT_EVENT, onSent);
    return () => window.removeEventListener(SENT_EVENT, onSent);
  }, []);
  return lastSent !== null && lastSent !== id;
}

/** The problems of the last answer, by field name: a field shows its own beside it (components/user-fields.tsx). */
export const FieldErrors = createContext<ActionState["errors"]>(undefined);
/** What the refused form sent, by field name: without JavaScript the answer is a new page, which shows them again. */
export const SentValues = createContext<ActionState["values"]>(undefined);

/**
 * A form bound to a server action (works without JavaScript too), with the GOV.UK error pattern:
 * a summary at the top linking to each field with a problem, each problem beside its field, and the outcome
 * announced and given focus (the pressed button is disabled while waiting, which would drop focus to the page).
 * `resetOnSuccess`: a form that adds something is emptied once it is added, ready for the next.
 * `row`: its fields and button side by side, wrapping on a phone (below the outcome, which is not one of them).
 */
export function ActionForm({ action, idPrefix, className, resetOnSuccess = false, row = false, children }: { action: Action; idPrefix: string; className?: string; resetOnSuccess?: boolean; row?: boolean; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  const overtaken = useOvertaken(id);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && state.ok) form.current?.reset();
  }, [state, resetOnSuccess]);
  const problems = Object.entries(state.errors ?? {}).filter(([, e]) => e?.length);
  const showsMessage = !!state.message && !(state.ok && overtaken);
  const feedback = useFocusWhen<HTMLDivElement>(state.message || state.errors ? state : null);
  // With JavaScript, submit without React's reset of the form, so that what was typed stays to be corrected.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed is part of what is sent (a form may offer several, as the workflow's does).
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    window.dispatchEvent(new CustomEvent(SENT_EVENT, { detail: id }));
    startTransition(() => formAction(data));
  };
  return (
    <form ref={form} action={formAction} onSubmit={submit} className={className} aria-busy={pending} noValidate>
      <div ref={feedback} tabIndex={-1} role="status" aria-live="polite">
        {problems.length ? (
          <div className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">There is a problem</p>
            <ul className="list-disc pl-5">
              {problems.map(([field, errors]) => (
                <li key={field}><a href={`#${idPrefix}-${field}`} className="text-red-900">{errors!.join(". ")}</a></li>
              ))}
            </ul>
          </div>
        ) : showsMessage ? (
          <p className={`rounded border-l-4 p-3 ${state.ok ? "border-teal-700 bg-teal-50 text-teal-950" : "border-red-700 bg-red-50 text-red-900"}`}>{state.message}</p>
        ) : null}
      </div>
      <FieldErrors.Provider value={state.errors}>
        <SentValues.Provider value={state.ok ? undefined : state.values}>{row ? <div className={`flex flex-wrap items-end gap-3 ${problems.length || showsMessage ? "mt-3" : ""}`}>{children}</div> : children}</SentValues.Provider>
      </FieldErrors.Provider>
    </form>
  );
}
