"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { markChangesSeen } from "@/db/dashboard";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { signInPath } from "@/lib/auth/sign-in-path";

/**
 * "Mark as seen" on the dashboard: the next visit lists only what changes after now. A person whose session has
 * ended is sent to sign in, and back to the dashboard: the button has no form of its own to say so in.
 */
export async function markChangesSeenAction(): Promise<void> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath("/edit"));
  await markChangesSeen(actor);
  revalidatePath("/edit");
}
