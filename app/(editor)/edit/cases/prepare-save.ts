import "server-only";
import { z } from "zod";
import { findCaseCatalog, resolveInventoryActors } from "@/db/case-editor";
import { caseDocumentSchema, caseStatusSchema, formNumberSchema, type CaseDocument } from "@/lib/case/schema";
import type { Actor } from "@/lib/auth/roles";
import type { CaseDraft } from "@/lib/editor/draft-form";
import type { EditorState } from "@/lib/editor/editor-state";
import { editorErrors } from "@/lib/editor/field-labels";

type Prepared = { ok: true; document: CaseDocument; similar: EditorState["similar"] } | { ok: false; errors: Record<string, string[]> };

const NO_CITY = { "city.slug": ["Choose the city of this case"] };
const NO_AREA = { "policyArea.slug": ["Choose the policy area of this case"] };

/**
 * A posted draft made whole for saving: the city and policy area from the database (or, for an imported
 * document, the new ones it names), the inventory's organisations found or named, then the case schema.
 */
export async function prepareSave(draft: CaseDraft, state: Pick<EditorState, "newCity" | "newPolicyArea">, by: Actor): Promise<Prepared> {
  const stored = await findCaseCatalog(draft);
  const city = stored.city ?? (state.newCity?.slug === draft.city.slug ? newCity(state.newCity) : null);
  const policyArea = stored.policyArea ?? (state.newPolicyArea?.slug === draft.policyArea.slug ? { slug: state.newPolicyArea.slug, name: state.newPolicyArea.name } : null);
  if (!city || !policyArea) return { ok: false, errors: { ...(city ? {} : NO_CITY), ...(policyArea ? {} : NO_AREA) } };
  const { draft: resolved, similar } = await resolveInventoryActors({ ...draft, city, policyArea }, by);
  const parsed = caseDocumentSchema.safeParse(resolved);
  if (!parsed.success) return { ok: false, errors: editorErrors(parsed.error) };
  return { ok: true, document: parsed.data, similar: [...similar].map(([name, existing]) => ({ name, existing })) };
}

function newCity(place: NonNullable<EditorState["newCity"]>): CaseDocument["city"] {
  return { slug: place.slug, name: place.name, country: { code: place.countryCode ?? "", name: place.countryName ?? "" }, population: null, website: null };
}

/** The version the editor started from, as the hidden field posted it. */
export const expectedVersionSchema = formNumberSchema;
/** Absent from a form made before the editor sent it: then only the version is checked. */
export const expectedStatusSchema = z.preprocess((v) => (v === "" || v === null ? undefined : v), caseStatusSchema.optional());

/**
 * "Save anyway" (or "Restore despite") ticked: a save of a published case that adds serious problems goes public
 * with them, the note giving the reason.
 */
export const waiveTickedSchema = z.literal("yes").nullable().transform((v) => v === "yes");
