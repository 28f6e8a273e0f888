"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/components/action-form";
import { addCity, addPolicyArea, CatalogError, forgetOrganisationSpelling, mergeOrganisations, renameOrganisation, renamePolicyArea, updateCity, updatePolicyArea } from "@/db/catalog";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { can, whyNot, type Actor } from "@/lib/auth/roles";
import { cityChangeSchema, forgetSpellingSchema, formErrors, mergeFormSchema, newCitySchema, newPolicyAreaSchema, policyAreaChangeSchema, renameSchema } from "@/lib/catalog/schemas";
import { countOf } from "@/lib/plain-text";
import { sentValues } from "@/lib/sent-values";
import { sentForm } from "@/lib/action-arguments";

type Parsed<T> = { success: true; data: T } | { success: false; error: Parameters<typeof formErrors>[0] };
type Change<T> = (data: T, by: Actor) => Promise<string>;

/**
 * Every action here: someone who may manage the catalog (or refused, 403 and nothing changed, whatever was
 * sent), then the form checked, then the change; a refusal for what was entered goes to its field.
 */
async function run<T>(page: string, form: FormData, parse: () => Parsed<T>, change: Change<T>, refusedAt = (error: CatalogError) => error): Promise<ActionState> {
  const actor = await getCurrentActor();
  if (!can(actor, "catalog:manage")) return refused(whyNot(actor, "catalog:manage"));
  const parsed = parse();
  if (!parsed.success) return { errors: formErrors(parsed.error), values: sentValues(form) };
  let message: string;
  try {
    message = await change(parsed.data, actor!);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    const refused = refusedAt(error);
    return { errors: { [refused.field]: [refused.message] }, values: sentValues(form) };
  }
  revalidatePath(page, "layout");
  return { ok: true, message };
}

/** A taken slug the person left empty was made from the name: said at the name, the field they filled in. */
const atNameIfSlugLeftEmpty = (form: FormData) => (error: CatalogError) =>
  error.field === "slug" && !String(form.get("slug") ?? "").trim()
    ? new CatalogError("name", `${error.message}: the slug is made from the name, so choose another name or give a slug`)
    : error;

const cityForm = (form: FormData) => ({
  name: form.get("name"), countryCode: form.get("countryCode"), countryName: form.get("countryName"),
  population: form.get("population"), website: form.get("website"), description: form.get("description") ?? "", descriptionShown: form.get("descriptionShown") ?? "",
});

export async function addCityAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/cities", form, () => newCitySchema.safeParse({ ...cityForm(form), slug: form.get("slug") }), async (city, by) => {
    const slug = await addCity(by, city);
    return `${city.name} added, at /cities/${slug}.`;
  }, atNameIfSlugLeftEmpty(form));
}

export async function updateCityAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/cities", form, () => cityChangeSchema.safeParse({ ...cityForm(form), slug: form.get("slug") }), async (city, by) => {
    return (await updateCity(by, city)) ? `${city.name} saved.` : `Nothing to save: ${city.name} is as it was.`;
  });
}

export async function addPolicyAreaAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/policy-areas", form, () => newPolicyAreaSchema.safeParse({ name: form.get("name"), slug: form.get("slug") }), async (area, by) => {
    const slug = await addPolicyArea(by, area);
    return `${area.name} added, at /policy-areas/${slug}.`;
  }, atNameIfSlugLeftEmpty(form));
}

export async function renamePolicyAreaAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/policy-areas", form, () => renameSchema.safeParse({ slug: form.get("slug"), name: form.get("name") }), async ({ slug, name }, by) => {
    await renamePolicyArea(by, slug, name);
    return `Renamed to ${name}.`;
  });
}

export async function updatePolicyAreaAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/policy-areas", form, () => policyAreaChangeSchema.safeParse({ slug: form.get("slug"), name: form.get("name"), description: form.get("description") ?? "", descriptionShown: form.get("descriptionShown") ?? "" }), async (area, by) => {
    return (await updatePolicyArea(by, area)) ? `${area.name} saved.` : `Nothing to save: ${area.name} is as it was.`;
  });
}

export async function renameOrganisationAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/organisations", form, () => renameSchema.safeParse({ slug: form.get("slug"), name: form.get("name") }), async ({ slug, name }, by) => {
    await renameOrganisation(by, slug, name);
    return `Renamed to ${name}.`;
  });
}

export async function mergeOrganisationsAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/organisations", form, () => mergeFormSchema.safeParse({ keep: form.get("keep"), merge: form.get("merge"), confirmed: form.get("confirmed") }), async ({ keep, merge }, by) => {
    const done = await mergeOrganisations(by, { keep, merge });
    const moved = [countOf(done.inventoryRows, "inventory row"), countOf(done.participants, "participant"), countOf(done.stakeholders, "stakeholder")];
    return `${done.merged.name} merged into ${done.kept.name}: ${moved.join(", ")} moved.`;
  });
}

export async function forgetSpellingAction(state: ActionState, sent: FormData): Promise<ActionState> {
  const form = sentForm(sent, state);
  return run("/edit/organisations", form, () => forgetSpellingSchema.safeParse({ slug: form.get("slug"), spelling: form.get("spelling") }), async ({ slug, spelling }, by) => {
    const name = await forgetOrganisationSpelling(by, slug, spelling);
    return `“${spelling}” is no longer a spelling of ${name}.`;
  });
}
