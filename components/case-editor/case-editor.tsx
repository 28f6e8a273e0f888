"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type { EditorChoices } from "@/db/case-editor";
import { draftFromForm, type CaseDraft } from "@/lib/editor/draft-form";
import { applyListIntent, entryCount, listChangeSaid, parseListIntent } from "@/lib/editor/draft-lists";
import { caseName } from "@/lib/case/case-name";
import type { CaseStatus } from "@/lib/case/schema";
import type { EditorState } from "@/lib/editor/editor-state";
import { CaseBasicsFields, ContextFields, IntroductionFields, ParticipantFields } from "./case-fields";
import { EditorContext } from "./editor-context";
import { ConflictPanel, ErrorSummary, QualityPanel } from "./editor-messages";
import { ExtraSectionFields, FindingFields, MethodFields } from "./finding-fields";
import { Hidden } from "./fields";
import { InventoryFields } from "./inventory-fields";
import { KeptDraftOffer, KeptDraftOutcome } from "./kept-draft-offer";
import { PortfolioFields } from "./portfolio-fields";
import { RefusedEdits } from "./refused-edits";
import { SAVE_BUTTON, SaveBar } from "./save-bar";
import { useFocusAfterChange } from "./use-focus-after-change";
import { useKeptDraft } from "./use-kept-draft";
import { useLiveForm } from "./use-live-form";
import { useUnsavedEdits } from "./unsaved-edits";
import { ORGANISATION_LIST, useOrganisationSuggestions } from "./use-organisation-suggestions";
import { sessionState, SignedOutNotice, UnreachableNotice } from "./signed-out-notice";

type Action = (state: EditorState, form: FormData) => Promise<EditorState>;
/** A change made in the browser since the server's last answer (a list edit, or a kept draft restored). */
type LocalChange = { forRound: number | undefined; n: number; draft: CaseDraft; focus?: string; version?: number; restored?: boolean; said?: string };

/** The case's name as chosen in the form (city, policy area, focus), for lists of kept edits; null before a city is chosen. */
function draftName(draft: CaseDraft, { cities, policyAreas }: EditorChoices): string | null {
  const city = cities.find((c) => c.slug === draft.city.slug)?.name ?? draft.city.name;
  const area = policyAreas.find((p) => p.slug === draft.policyArea.slug)?.name ?? draft.policyArea.name;
  return city && area ? caseName({ cityName: city, policyAreaName: area, focus: draft.focus }) : null;
}

type EditorProps = {
  choices: EditorChoices; storageKey: string; isNew: boolean;
  /** The case's status as the page shows it (refreshed by a status change here or a refused save): a save is refused if it changed. */
  status?: CaseStatus;
};

/**
 * `locked`: this person may not save the case as it is now (a city editor's case out of draft). The editor
 * stays in the page, so that the answer to a save refused for that reason still has somewhere to go.
 */
export function CaseEditor({ action, initial, locked, ...props }: EditorProps & { action: Action; initial: EditorState; locked?: boolean }) {
  const [state, formAction, pending] = useActionState(action, initial);
  if (locked) return <RefusedEdits state={state} stored={initial.draft!} />;
  return <CaseEditorForm state={state} formAction={formAction} pending={pending} {...props} />;
}

/** The form itself, for a state kept by the page (the new-case page keeps it from the first step on). */
export function CaseEditorForm({ state, formAction, pending, choices, storageKey, isNew, status }: EditorProps & { state: EditorState; formAction: (form: FormData) => void; pending: boolean }) {
  const [change, setChange] = useState<LocalChange | null>(null);
  const local = change && change.forRound === state.round ? change : null;
  const draft = local?.draft ?? state.draft!;
  const version = state.conflict?.version ?? local?.version ?? state.version;
  const formRef = useLiveForm();
  const kept = useKeptDraft(storageKey, formRef, version, state.savedVersion, useCallback((d: CaseDraft) => draftName(d, choices), [choices]));
  const suggestions = useOrganisationSuggestions(draft.inventory.map((row) => row.actor.name));
  const changeKey = `${state.round}-${local?.n}`;
  // Where the person was when they saved: the Save button (Enter in a field saves nothing).
  const savedFrom = useRef<string | undefined>(undefined);
  // A save that went through is answered in the save bar, and focus goes back to where the person was (Save, which
  // keeps it meanwhile); any other answer takes focus at the top.
  const saved = state.savedVersion !== undefined && !local;
  useFocusAfterChange(local ? local.focus : state.errors ? "error-summary" : state.conflict ? "conflict" : (state.focus ?? (saved ? (savedFrom.current ?? SAVE_BUTTON) : state.message ? "editor-message" : undefined)), changeKey);

  const { setUnsaved } = useUnsavedEdits();
  useEffect(() => {
    if (state.savedVersion) setUnsaved(false);
  }, [state.savedVersion, state.round, setUnsaved]);
  // An answer is out of date once the case's status changed after it (the person changed it since), even if
  // it changed back: "Saved as version 2" beside a case moved to review and back to draft misleads.
  const [seen, setSeen] = useState({ status, outdatedRound: undefined as number | undefined });
  if (status !== seen.status) setSeen({ status, outdatedRound: state.status === status ? seen.outdatedRound : state.round });
  const message = state.message && !local && seen.outdatedRound !== state.round && (!state.status || state.status === status) ? state.message : undefined;

  const showLocally = (next: Omit<LocalChange, "forRound" | "n">) => {
    setChange({ ...next, forRound: state.round, n: (local?.n ?? 0) + 1 });
    setUnsaved(true);
  };
  const saving = useRef(false);
  const [checking, setChecking] = useState(false);
  // From the press (the session is checked first) to the answer.
  const busy = pending || checking;
  useEffect(() => {
    if (!pending) saving.current = false;
  }, [pending]);
  // Each refused save says so afresh (and takes focus again): 0 while signed in (and the server reached).
  const [signedOutAt, setSignedOutAt] = useState(0);
  const [unreachableAt, setUnreachableAt] = useState(0);
  // Said until the next list change, restore or answer from the server.
  const [discardedAt, setDiscardedAt] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(form, submitter);
    const intent = parseListIntent(data.get("intent"));
    if (intent) {
      const before = draftFromForm(data);
      const said = listChangeSaid(intent, submitter?.dataset.noun ?? "entry", entryCount(before, intent.list));
      showLocally({ ...applyListIntent(before, intent), version: local?.version, said });
      kept.keep(form);
      return;
    }
    // A second press (a double click) before the first save's answer would be refused as made on an old version.
    if (saving.current) return;
    saving.current = true;
    savedFrom.current = form.contains(document.activeElement) && document.activeElement?.id ? document.activeElement.id : undefined;
    setChecking(true);
    let signedIn = false;
    try {
      // A session that ran out would get a 403 page: say so here instead, with the form and its text intact.
      kept.keep(form, { now: true });
      const session = await sessionState();
      signedIn = session === "signed-in";
      setSignedOutAt(session === "signed-out" ? Date.now() : 0);
      setUnreachableAt(session === "unreachable" ? Date.now() : 0);
    } finally {
      // Whatever happened before the save is sent, Save can be pressed again.
      setChecking(false);
      saving.current = signedIn;
    }
    if (signedIn) startTransition(() => formAction(data));
  };

  return (
    <EditorContext value={{ errors: local ? {} : (state.errors ?? {}), focus: local?.focus ?? state.focus }}>
      <div className="space-y-6">
        {kept.offer ? (
          <KeptDraftOffer kept={kept.offer} storedVersion={version} shownName={isNew ? draftName(draft, choices) : null}
            onRestore={() => { showLocally({ draft: kept.offer!.draft, version: kept.offer!.version ?? version, restored: true }); restoreNote(formRef.current, kept.offer!.message); kept.adopt(); }}
            onDiscard={() => { kept.discard(); setDiscardedAt(changeKey); }} />
        ) : null}
        {/* A region of its own: in the one below (atomic) it would be read again with every later message. A new
            element each time, so that the same words said again (two removals) are read again. */}
        <div role="status" className="sr-only">{local?.said ? <p key={local.n}>{local.said}</p> : null}</div>
        <div role="status" aria-live="polite">
          {signedOutAt ? <SignedOutNotice at={signedOutAt} /> : null}
          {unreachableAt ? <UnreachableNotice at={unreachableAt} /> : null}
          {local?.restored ? <KeptDraftOutcome>Your edits kept in this browser are back in the form. Nothing is saved until you save.</KeptDraftOutcome> : null}
          {discardedAt === changeKey ? <KeptDraftOutcome>The edits kept in this browser are discarded: the form shows the saved version.</KeptDraftOutcome> : null}
          {message && !saved ? <p id="editor-message" tabIndex={-1} className={`rounded border-l-4 p-3 ${state.ok ? "border-teal-700 bg-teal-50 text-teal-950" : "border-red-700 bg-red-50 text-red-900"}`}>{message}</p> : null}
        </div>
        {!local && state.conflict ? <ConflictPanel conflict={state.conflict} /> : null}
        {!local ? <ErrorSummary errors={state.errors} /> : null}
        <QualityPanel state={state} />
        <form ref={formRef} action={formAction} onSubmit={submit} onInput={(e) => { kept.keep(e.currentTarget); setUnsaved(true); suggestions.onInput(e.target); }} aria-busy={pending} noValidate className="space-y-8">
          {/* Enter in a one-line field presses a form's first submit button, unless it is disabled: this one is, so Enter
              neither moves or adds an entry nor saves. It saved once, which put half-typed text on a published case's
              page at once, and saved an organisation half-named when Enter picked its suggestion: Save saves. */}
          <button type="submit" disabled tabIndex={-1} aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden" />
          <Hidden name="expectedVersion" value={version} />
          {/* A new case, once created, opens on its own page, which removes this tab's copy of it. */}
          {isNew ? <Hidden name="keptTab" value={kept.tab} /> : null}
          <Hidden name="expectedStatus" value={status} />
          <datalist id={ORGANISATION_LIST}>{suggestions.names.map((name) => <option key={name} value={name} />)}</datalist>
          {/* Inert while a save is on its way: the answer shows the form as saved, so a change typed meanwhile would
              be lost. Focus in a field comes back to it with the answer (savedFrom). */}
          <div key={`${state.round ?? 0}-${local?.n ?? 0}`} inert={busy} className="space-y-8">
            <CaseBasicsFields draft={draft} isNew={isNew} choices={choices} newCity={state.newCity} newPolicyArea={state.newPolicyArea} />
            <IntroductionFields draft={draft} />
            <ParticipantFields draft={draft} />
            <FindingFields draft={draft} part="summary" />
            <ContextFields draft={draft} />
            <PortfolioFields draft={draft} />
            <InventoryFields draft={draft} />
            <MethodFields draft={draft} />
            <FindingFields draft={draft} part="findings" />
            <ExtraSectionFields draft={draft} />
          </div>
          <SaveBar isNew={isNew} pending={busy} error={state.errors?.message} savedVersion={state.savedVersion} note={state.note} gate={state.saveGate} said={saved ? message : undefined} />
        </form>
      </div>
    </EditorContext>
  );
}

/** The note on what changed, kept with the edits: back in its field (which the restored draft does not hold). */
function restoreNote(form: HTMLFormElement | null, message: string | undefined) {
  const field = form?.elements.namedItem("message");
  if (message && field instanceof HTMLInputElement) field.value = message;
}
