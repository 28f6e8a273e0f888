import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { getCaseForEditing } from "@/db/case-editor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/roles";
import { signInPath } from "@/lib/auth/sign-in-path";

export const caseIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * The signed-in person and the case they edit (null when there is none), one read per request for a page
 * and its title; signed out goes to sign-in (back to `returnTo`), and a case they may not edit is 403.
 */
export const loadEditableCase = cache(async (id: number, returnTo: string) => {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(returnTo));
  try {
    return { actor, editable: await getCaseForEditing(actor, id) };
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
});
