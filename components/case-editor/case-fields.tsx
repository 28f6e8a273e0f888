"use client";

import dynamic from "next/dynamic";
import type { ChangeEvent } from "react";
import type { EditorChoices } from "@/db/case-editor";
import type { CaseDraft } from "@/lib/editor/draft-form";
import type { NewPlace } from "@/lib/editor/editor-state";
import { EntryList } from "./entry-list";
import { Hidden, KeptLink, SelectField, TextArea, TextField } from "./fields";
import { EditorSection } from "./editor-section";
import { suggestedCaseSlug } from "@/lib/case/case-name";

// The note as readers see it, Markdown rendered: its parser is loaded only where a city editor's case has a note.
const EditorsNote = dynamic(() => import("@/components/editors-note").then((m) => m.EditorsNote));

type Places = { choices: EditorChoices; newCity?: NewPlace; newPolicyArea?: NewPlace };

/**
 * The places to choose from. The case's own place stays chosen even when it is not on the list (a document of a
 * city that is not a city editor's), so the page says whose it is and the save is refused by this field, with a reason.
 */
function placeOptions(known: Array<{ slug: string; name: string }>, added: NewPlace | undefined, noun: string, current: { slug: string; name: string }) {
  const options = [{ value: "", label: `Choose a ${noun}` }, ...known.map((p) => ({ value: p.slug, label: p.name }))];
  const listed = (slug: string) => options.some((o) => o.value === slug);
  if (added && !listed(added.slug)) options.push({ value: added.slug, label: `${added.name} (new: added when you save)` });
  if (current.slug && !listed(current.slug)) options.push({ value: current.slug, label: `${current.name || current.slug} (not one you may choose)` });
  return options;
}

/**
 * A new case's address, while it is the one suggested, follows the city, policy area and focus chosen (as the
 * save would make it), so that the address shown is the one saved. One typed by hand is left alone.
 */
function followSuggestedSlug(event: ChangeEvent<HTMLDivElement>) {
  const form = (event.target as Partial<HTMLInputElement>).form;
  const field = (name: string) => form?.elements.namedItem(name) as HTMLInputElement | null;
  const [slug, suggested] = [field("slug"), field("slugSuggested")];
  if (!slug || !suggested || event.target === slug || slug.value !== suggested.value) return;
  const next = suggestedCaseSlug(field("city.slug")?.value ?? "", field("policyArea.slug")?.value ?? "", field("focus")?.value.trim() || null);
  [slug.value, suggested.value] = [next, next];
}

/** City, policy area, focus, title and date: what the case is about. */
export function CaseBasicsFields({ draft, isNew, choices, newCity, newPolicyArea }: { draft: CaseDraft; isNew: boolean } & Places) {
  return (
    <EditorSection id="basics" title="City and policy area">
      <div onChange={isNew ? followSuggestedSlug : undefined} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="city.slug" label="City" defaultValue={draft.city.slug} options={placeOptions(choices.cities, choices.mayAddPlaces ? newCity : undefined, "city", draft.city)} />
          <SelectField name="policyArea.slug" label="Policy area" defaultValue={draft.policyArea.slug} options={placeOptions(choices.policyAreas, choices.mayAddPlaces ? newPolicyArea : undefined, "policy area", draft.policyArea)} />
        </div>
        {newCity ? <><Hidden name="newCity.name" value={newCity.name} /><Hidden name="newCity.countryCode" value={newCity.countryCode} /><Hidden name="newCity.countryName" value={newCity.countryName} /></> : null}
        {newPolicyArea ? <Hidden name="newPolicyArea.name" value={newPolicyArea.name} /> : null}
        {isNew ? (
          <>
            <TextField name="slug" label="Address (slug)" hint="The case's web address: /cases/this-slug. Lower-case letters, digits and hyphens; once saved, an ekip editor changes it on the case's address page. Left as suggested, it follows the city, policy area and focus chosen." defaultValue={draft.slug} />
            <Hidden name="slugSuggested" value={suggestedCaseSlug(draft.city.slug, draft.policyArea.slug, draft.focus)} />
          </>
        ) : <Hidden name="slug" value={draft.slug} />}
        <TextField name="focus" label="Focus (optional)" hint="Only when a city has more than one case on a policy area." defaultValue={draft.focus} />
        <TextField name="title" label="Title (optional)" defaultValue={draft.title} />
        <TextField name="workshopDate" label="Workshop date (optional)" type="date" defaultValue={draft.workshopDate} />
        <EditorsNoteField note={draft.editorsNote} mayWrite={choices.mayWriteEditorsNote} />
        <div className="flex items-center gap-2">
          <input id="f-sample" name="sample" type="checkbox" defaultChecked={draft.sample} />
          <label htmlFor="f-sample">Sample content (made up, for trying the knowledge bank out; labelled everywhere)</label>
        </div>
      </div>
    </EditorSection>
  );
}

export function IntroductionFields({ draft }: { draft: CaseDraft }) {
  return (
    <EditorSection id="introduction" title="Introduction">
      <TextArea name="introduction" label="Introduction" defaultValue={draft.introduction} rows={6} />
      <TextArea name="policyAreaIntro" label="About the policy area" defaultValue={draft.policyAreaIntro} />
      <TextArea name="cityIntro" label="About the city" defaultValue={draft.cityIntro} />
    </EditorSection>
  );
}

export function ParticipantFields({ draft }: { draft: CaseDraft }) {
  return (
    <EditorSection id="participants" title="Participants">
      <EntryList list="participants" entries={draft.participants} noun="participant">
        {(p, path) => (
          <>
            <TextField name={`${path}.name`} label="Name or organisation" defaultValue={p.name} />
            <KeptLink name={`${path}.actor`} value={p.actor} madeFor={p.name} />
          </>
        )}
      </EntryList>
    </EditorSection>
  );
}

export function ContextFields({ draft }: { draft: CaseDraft }) {
  return (
    <EditorSection id="context" title="Context and ecosystem">
      <TextArea name="context" label="Context" defaultValue={draft.context} rows={8} />
      <TextArea name="selectedFocus" label="Selected focus" defaultValue={draft.selectedFocus} />
      <TextArea name="ecosystem" label="Innovation-support ecosystem" defaultValue={draft.ecosystem} rows={8} />
    </EditorSection>
  );
}

/** ekip's own word on the case: written by its staff, read by a city editor (the server keeps it as stored for them). */
function EditorsNoteField({ note, mayWrite }: { note: string; mayWrite: boolean }) {
  if (mayWrite) {
    return (
      <TextArea name="editorsNote" label="Editors’ note (optional)" rows={3} defaultValue={note}
        hint="ekip's own word on the case, not the city's: shown above it on its public page and in print (a passage that seems to come from another case, a figure being checked). Markdown allowed. An import leaves it as it is." />
    );
  }
  return (
    <>
      <Hidden name="editorsNote" value={note} />
      {note.trim() ? (
        <div className="space-y-1">
          <EditorsNote note={note} level={3} />
          <p className="text-sm text-stone-700">Written by ekip’s editors, and shown above the case as here: only they change it.</p>
        </div>
      ) : null}
    </>
  );
}
