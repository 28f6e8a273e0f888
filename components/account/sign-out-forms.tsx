"use client";

import Link from "next/link";
import { useState, type FormEvent, type Ref } from "react";
import { useFocusWhen } from "../use-focus-when";
import { listKeptDrafts, type KeptDraftSummary } from "@/lib/editor/kept-drafts";

type Props = { userId: number; signOut: () => Promise<void>; signOutEverywhere: () => Promise<void> };
type Asked = { form: HTMLFormElement; drafts: KeptDraftSummary[] };

/**
 * Sign out, here or everywhere. Edits this browser keeps for the person (never saved) go with them, so that
 * the next person on a shared computer cannot read them; when there are some, the person is asked first.
 */
export function SignOutForms({ userId, signOut, signOutEverywhere }: Props) {
  const [asked, setAsked] = useState<Asked | null>(null);
  const warning = useFocusWhen<HTMLElement>(asked);

  function checkKeptDrafts(event: FormEvent<HTMLFormElement>) {
    const drafts = listKeptDrafts(localStorage, userId);
    if (drafts.length > 0 && asked?.form !== event.currentTarget) {
      event.preventDefault();
      setAsked({ form: event.currentTarget, drafts });
      return;
    }
    for (const key of drafts.flatMap((d) => d.keys)) localStorage.removeItem(key);
  }

  /** Back to where the person was: the button they pressed. */
  function stay(form: HTMLFormElement) {
    setAsked(null);
    form.querySelector("button")?.focus();
  }

  return (
    <div className="space-y-4">
      {asked ? <KeptDraftsWarning ref={warning} drafts={asked.drafts} onConfirm={() => asked.form.requestSubmit()} onCancel={() => stay(asked.form)} /> : null}
      <div className="flex flex-wrap gap-3">
        <form action={signOut} onSubmit={checkKeptDrafts}>
          <button type="submit" className="rounded border border-stone-500 px-4 py-2">Sign out</button>
        </form>
        <form action={signOutEverywhere} onSubmit={checkKeptDrafts}>
          <button type="submit" className="rounded border border-red-800 px-4 py-2 text-red-900">Sign out everywhere</button>
        </form>
      </div>
    </div>
  );
}

type WarningProps = { ref: Ref<HTMLElement>; drafts: KeptDraftSummary[]; onConfirm: () => void; onCancel: () => void };

function KeptDraftsWarning({ ref, drafts, onConfirm, onCancel }: WarningProps) {
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="kept-drafts-title" className="space-y-2 rounded border-4 border-amber-700 bg-amber-50 p-4">
      <h2 id="kept-drafts-title" className="text-xl">Edits you have not saved</h2>
      <p>This browser keeps edits you have not saved for:</p>
      <ul className="list-disc pl-5">
        {drafts.map((d) => (
          <li key={d.caseId}>
            <Link href={d.caseId === "new" ? "/edit/cases/new" : `/edit/cases/${d.caseId}`}>{d.label}</Link>
          </li>
        ))}
      </ul>
      <p>Signing out removes them from this browser, so that the next person to use it cannot read them. Open a case to save its edits first.</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onConfirm} className="rounded bg-amber-900 px-4 py-2 font-semibold text-white">Sign out and remove them</button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-600 px-4 py-2">Stay signed in</button>
      </div>
    </section>
  );
}
