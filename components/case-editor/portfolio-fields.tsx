"use client";

import { STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type ThemeGroup } from "@/lib/case/schema";
import type { CaseDraft } from "@/lib/editor/draft-form";
import { EditorSection } from "./editor-section";
import { EntryList } from "./entry-list";
import { KeptLink, SelectField, TextArea, TextField } from "./fields";

const CATEGORY_OPTIONS = STAKEHOLDER_CATEGORIES.map((c) => ({ value: c, label: STAKEHOLDER_CATEGORY_LABELS[c] }));

function ThemeGroups({ list, groups, noun }: { list: string; groups: ThemeGroup[]; noun: string }) {
  return (
    <EntryList list={list} entries={groups} noun={noun}>
      {(group, path, index) => (
        <>
          <TextField name={`${path}.heading`} label="Heading" defaultValue={group.heading} />
          {/* Each group's buttons name the group: "Remove: challenge group 2 item 1". */}
          <EntryList list={`${path}.items`} entries={group.items} noun={`${noun} ${index + 1} item`}>
            {(item, itemPath) => <TextArea name={itemPath} label="Text" hint="" defaultValue={item} rows={2} />}
          </EntryList>
        </>
      )}
    </EntryList>
  );
}

export function PortfolioFields({ draft }: { draft: CaseDraft }) {
  const { portfolio } = draft;
  return (
    <EditorSection id="portfolio" title="Innovation portfolio">
      <TextField name="portfolio.title" label="Portfolio title" defaultValue={portfolio.title} />
      <TextArea name="portfolio.scope" label="Scope" defaultValue={portfolio.scope} />
      <TextField name="portfolio.coordinator" label="Coordinator" defaultValue={portfolio.coordinator} />
      <h3 className="text-lg">Stakeholders</h3>
      <EntryList list="portfolio.stakeholders" entries={portfolio.stakeholders} noun="stakeholder">
        {(s, path) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField name={`${path}.category`} label="Type" defaultValue={s.category} options={CATEGORY_OPTIONS} />
            <TextField name={`${path}.name`} label="Name" defaultValue={s.name} />
            <KeptLink name={`${path}.actor`} value={s.actor} madeFor={s.name} />
          </div>
        )}
      </EntryList>
      <h3 className="text-lg">Key challenges</h3>
      <ThemeGroups list="portfolio.challenges" groups={portfolio.challenges} noun="challenge group" />
      <h3 className="text-lg">Key opportunities</h3>
      <ThemeGroups list="portfolio.opportunities" groups={portfolio.opportunities} noun="opportunity group" />
    </EditorSection>
  );
}
