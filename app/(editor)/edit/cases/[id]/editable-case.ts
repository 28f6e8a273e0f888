import "server-only";
import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getCaseForEditing } from "@/db/case-editor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ForbiddenError, type Actor } from "@/lib/auth/roles";
import { signInPath } from "@/lib/auth/sign-in-path";
import { formNumberSchema } from "@/lib/case/schema";
import { metadataOrForbidden } from "@/app/(editor)/page-access";

/** A case id as written in an address: digits only, so /edit/cases/1e3 is no case (not case 1000). */
export const caseIdSchema = formNumberSchema;

/** Who may not edit the case gets 403, whatever the page would show. */
export async function orForbidden<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

/**
 * What an editors' page reads, as the signed-in person: signed out goes to sign-in (back to `returnTo`).
 * A refusal stays a ForbiddenError, for the page to answer with orForbidden and its title with metadataOrForbidden.
 */
export async function readAsSignedIn<T>(returnTo: string, read: (actor: Actor) => Promise<T>): Promise<{ actor: Actor; result: T }> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(returnTo));
  return { actor, result: await read(actor) };
}

/**
 * Whether the person may change a case in this status: a city editor changes drafts only. The data layer decides;
 * this only avoids offering what it would refuse.
 */
export const mayChange = (actor: { role: string }, status: string) => actor.role !== "city_editor" || status === "draft";

/** The person and the case they edit (null when there is none): one read per request for a page and its title. */
export const loadEditableCase = cache(async (id: number, returnTo: string) => {
  const { actor, result } = await readAsSignedIn(returnTo, (actor) => getCaseForEditing(actor, id));
  return { actor, editable: result };
});

type EditableCase = NonNullable<Awaited<ReturnType<typeof getCaseForEditing>>>;

/**
 * An editors' page of one case: its title names the case, so that tabs of several cases tell them apart ("No such
 * case" when there is none), or is the forbidden page's for a person who may not edit it. The same read as the page's
 * (`loadEditableCase`, with `pathOf` its address).
 */
export async function editableCaseMetadata(params: Promise<{ id: string }>, pathOf: (id: number) => string, title: (actor: Actor, editable: EditableCase) => string): Promise<Metadata> {
  await connection();
  const id = caseIdSchema.safeParse((await params).id);
  return metadataOrForbidden(async () => {
    const found = id.success ? await loadEditableCase(id.data, pathOf(id.data)) : null;
    return { title: found?.editable ? title(found.actor, found.editable) : "No such case", robots: { index: false } };
  });
}
