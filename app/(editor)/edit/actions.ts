"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { markChangesSeen } from "@/db/dashboard";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { signInPath } from "@/lib/auth/sign-in-path";
import { accepted } from "@/lib/action-arguments";

/** When the list the button was under was read: the form says so, in a hidden field. */
const shownAtSchema = z.iso.datetime().transform((at) => new Date(at));

/**
 * "Mark as seen" on the dashboard: the next visit lists only what changed after the list the person saw was read
 * (a change made while the page was open is still new). A person whose session has ended is sent to sign in, and
 * back to the dashboard: the button has no form of its own to say so in.
 */
export async function markChangesSeenAction(form: FormData | undefined): Promise<void> {
  accepted(); // anything sent is read as no form below
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath("/edit"));
  // A request made by hand may call the action with anything, or nothing, in place of the form.
  const shownAt = shownAtSchema.safeParse(form instanceof FormData ? form.get("shownAt") : undefined);
  // Only a form changed by hand sends no time: then nothing is marked, and the list stays as it is.
  if (shownAt.success) await markChangesSeen(actor, shownAt.data);
  revalidatePath("/edit");
}
