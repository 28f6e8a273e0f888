"use server";

import { revalidatePath } from "next/cache";
import { markChangesSeen } from "@/db/dashboard";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { refused } from "@/lib/auth/refusal";
import { SIGNED_OUT } from "@/lib/auth/roles";

/** "Mark as seen" on the dashboard: the next visit lists only what changes after now. */
export async function markChangesSeenAction(): Promise<void> {
  const actor = await getCurrentActor();
  if (!actor) return void refused(SIGNED_OUT);
  await markChangesSeen(actor);
  revalidatePath("/edit");
}
