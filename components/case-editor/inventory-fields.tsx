"use client";

import { FACETS, FACET_LABELS } from "@/lib/case/schema";
import { inventoryRowKey, type CaseDraft } from "@/lib/editor/draft-form";
import { EditorSection } from "./editor-section";
import { useField } from "./editor-context";
import { EntryList } from "./entry-list";
import { KeptLink, TextArea, TextField } from "./fields";
import { ORGANISATION_LIST } from "./use-organisation-suggestions";

type Row = CaseDraft["inventory"][number];

function FacetBoxes({ path, facets }: { path: string; facets: Row["facets"] }) {
  const { id, error, errorId } = useField(`${path}.facets`);
  return (
    <fieldset id={id} aria-describedby={errorId}>
      <legend className="font-medium">OPSI innovation facets</legend>
      <input type="hidden" name={`${path}.facetOrder`} value={facets.join(" ")} />
      {error?.length ? <p id={errorId} className="text-sm font-semibold text-red-800">{error.join(". ")}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {FACETS.map((facet) => (
          <label key={facet} className="flex items-center gap-2">
            <input type="checkbox" name={`${path}.facets`} value={facet} defaultChecked={facets.includes(facet)} />
            {FACET_LABELS[facet]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Pick an existing organisation from the list as you type, or type a new name to create one. */
function ActorField({ path, row }: { path: string; row: Row }) {
  return (
    <>
      <TextField name={`${path}.actor.name`} label="Actor (organisation)" hint="Start typing to pick an existing organisation; a new name creates one." defaultValue={row.actor.name} list={ORGANISATION_LIST} />
      <KeptLink name={`${path}.actor.slug`} value={row.actor.slug} madeFor={row.actor.name} />
    </>
  );
}

export function InventoryFields({ draft }: { draft: CaseDraft }) {
  return (
    <EditorSection id="inventory" title="Inventory of actors">
      <EntryList list="inventory" entries={draft.inventory} noun="inventory row">
        {(row, path) => (
          <>
            <ActorField path={path} row={row} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name={`${path}.areaOfExpertise`} label="Area of expertise" defaultValue={row.areaOfExpertise} />
              <TextField name={`${path}.targetGroup`} label="Target group" defaultValue={row.targetGroup} />
            </div>
            <FacetBoxes path={path} facets={row.facets} />
            <TextArea name={`${path}.innovationNote`} label="Note (optional)" hint="" defaultValue={row.innovationNote} rows={2} />
            <label className="flex items-center gap-2">
              <input type="checkbox" name={`${path}.isResource`} defaultChecked={row.isResource} />
              A resource (a programme, fund or place) rather than an organisation
            </label>
            <KeptLink name={`${path}.rawText`} value={row.rawText} madeFor={inventoryRowKey(row)} />
          </>
        )}
      </EntryList>
    </EditorSection>
  );
}
