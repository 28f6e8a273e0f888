"use client";

import { useActionState, useEffect, useState } from "react";
import { signInAction, type SignInState } from "./actions";
import { FieldError, FormMessage } from "@/components/form-feedback";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const [spoken, setSpoken] = useState("");
  // The pressed button is disabled while waiting, which drops focus to the page: put it where the answer is. A field
  // given focus reads out its error (aria-describedby); Enter pressed in the wrong field leaves focus where it is, so
  // only then is the error said by the status line, or it is read twice.
  useEffect(() => {
    const target = state.errors?.email ? "email" : state.errors?.password ? "password" : state.message ? "sign-in-message" : undefined;
    const element = target ? document.getElementById(target) : null;
    const focused = element !== null && element === document.activeElement;
    setSpoken(focused ? [...(state.errors?.email ?? []), ...(state.errors?.password ?? [])].join(". ") : "");
    if (!focused) element?.focus();
  }, [state]);
  // Emptied while waiting, so that the same error sent again is new text, and said again.
  useEffect(() => {
    if (pending) setSpoken("");
  }, [pending]);
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <FormMessage id="sign-in-message" message={state.message} live={false} />
      <p role="status" className="sr-only">{spoken}</p>
      <input type="hidden" name="next" value={next} />
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="font-medium">Email address</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email}
          aria-invalid={!!state.errors?.email} aria-describedby={state.errors?.email ? "email-error" : undefined}
          className="rounded border border-stone-500 px-3 py-2" />
        <FieldError id="email-error" errors={state.errors?.email} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="font-medium">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={!!state.errors?.password} aria-describedby={state.errors?.password ? "password-error" : undefined}
          className="rounded border border-stone-500 px-3 py-2" />
        <FieldError id="password-error" errors={state.errors?.password} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 disabled:opacity-70">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
