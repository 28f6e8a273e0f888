"use client";

import { SECTION_KEYS, type Finding } from "@/lib/case/schema";
import type { CaseDraft } from "@/lib/editor/draft-form";
import { EditorSection } from "./editor-section";
import { EntryList } from "./entry-list";
import { KeptLink, SelectField, TextArea, TextField } from "./fields";

function FindingList({ list, entries, noun }: { list: string; entries: Finding[]; noun: string }) {
  return (
    <EntryList list={list} entries={entries} noun={noun}>
      {(f, path) => (
        <>
          <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
            <TextField name={`${path}.number`} label="Number" type="number" defaultValue={Number.isFinite(f.number) ? f.number : ""} />
            <TextField name={`${path}.title`} label="Title" defaultValue={f.title} />
          </div>
          <TextArea name={`${path}.body`} label="Text" defaultValue={f.body}
            hint="Markdown allowed: **bold**, *italic*, [links](https://…), lists. A text that begins with the title, as in “Title such as…”, is shown as one sentence with the title in bold." />
        </>
      )}
    </EntryList>
  );
}

const PART_NOUN = { summary: "summary", findings: "closing" } as const;

export function FindingFields({ draft, part }: { draft: CaseDraft; part: "summary" | "findings" }) {
  const findings = draft[part];
  return (
    <EditorSection id={part} title={part === "summary" ? "Summary of findings" : "Conclusions and recommendations"}>
      {/* Both parts have these lists: their buttons say which ("Add summary conclusion", "Remove closing recommendation 2"). */}
      <h3 className="text-lg">Conclusions</h3>
      <FindingList list={`${part}.conclusions`} entries={findings.conclusions} noun={`${PART_NOUN[part]} conclusion`} />
      <h3 className="text-lg">Recommendations</h3>
      <FindingList list={`${part}.recommendations`} entries={findings.recommendations} noun={`${PART_NOUN[part]} recommendation`} />
    </EditorSection>
  );
}

export function MethodFields({ draft }: { draft: CaseDraft }) {
  return (
    <EditorSection id="methods" title="Methods">
      <EntryList list="methods" entries={draft.methods} noun="method">
        {(m, path) => (
          <>
            <TextField name={`${path}.name`} label="Name" defaultValue={m.name} />
            <TextArea name={`${path}.description`} label="How it was used" defaultValue={m.description} />
            <KeptLink name={`${path}.slug`} value={m.slug} madeFor={m.name} />
          </>
        )}
      </EntryList>
    </EditorSection>
  );
}

const PLACES = SECTION_KEYS.map((key) => ({ value: key, label: key === "start" ? "At the start" : key === "end" ? "At the end" : `After ${key}` }));

export function ExtraSectionFields({ draft }: { draft: CaseDraft }) {
  return (
    <EditorSection id="extra-sections" title="Other sections">
      <EntryList list="extraSections" entries={draft.extraSections} noun="section">
        {(s, path) => (
          <>
            <TextField name={`${path}.heading`} label="Heading" defaultValue={s.heading} />
            <TextArea name={`${path}.body`} label="Text" defaultValue={s.body} />
            <SelectField name={`${path}.after`} label="Place in the case" defaultValue={s.after} options={PLACES} />
          </>
        )}
      </EntryList>
    </EditorSection>
  );
}
